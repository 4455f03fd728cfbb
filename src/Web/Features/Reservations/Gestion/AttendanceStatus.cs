namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>A child's presence on an activity day, as marked at the door. No <see cref="Attendance"/> row: not marked.</summary>
public enum AttendanceStatus
{
    /// <summary>Booked (accepted) and came.</summary>
    Present,

    /// <summary>Booked and did not come, without an excuse.</summary>
    Absent,

    /// <summary>Booked and did not come, excused (certificat médical…).</summary>
    AbsenceJustifiee,

    /// <summary>Came without an accepted booking for that day.</summary>
    PresentSansReservation,
}
