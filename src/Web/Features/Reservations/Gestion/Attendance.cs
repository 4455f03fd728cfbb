namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>
/// The pointage of one child on one activity day: one row per (child, activity, day), unique in
/// the database; no row means not marked yet. Billing reads it with the day's <see cref="Booking"/>
/// (same child, activity and day): <see cref="AttendanceStatus.Present"/> and
/// <see cref="AttendanceStatus.PresentSansReservation"/> are days consumed (the latter without a
/// booking), <see cref="AttendanceStatus.Absent"/> a booked day missed without excuse,
/// <see cref="AttendanceStatus.AbsenceJustifiee"/> a booked day missed with one.
/// </summary>
public sealed class Attendance
{
    public long Id { get; set; }

    public int ActivityId { get; set; }

    public DateOnly Day { get; set; }

    public int ChildId { get; set; }

    /// <summary>The child's family, to bill a day present without booking.</summary>
    public int FamilyId { get; set; }

    public AttendanceStatus Status { get; set; }

    public DateTimeOffset MarkedAt { get; set; }

    /// <summary>The staff member's display name.</summary>
    public required string MarkedBy { get; set; }
}
