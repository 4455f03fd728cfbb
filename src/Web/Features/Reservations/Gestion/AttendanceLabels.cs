namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>The French words of the pointage, and the values its forms post.</summary>
internal static class AttendanceLabels
{
    public static string Of(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.Present => "présent",
        AttendanceStatus.Absent => "absent",
        AttendanceStatus.AbsenceJustifiee => "absence justifiée",
        AttendanceStatus.PresentSansReservation => "présent sans réservation",
        _ => "non pointé",
    };

    public static string Value(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.Present => "present",
        AttendanceStatus.Absent => "absent",
        AttendanceStatus.AbsenceJustifiee => "justifiee",
        AttendanceStatus.PresentSansReservation => "sans-reservation",
        _ => "aucun",
    };

    /// <summary>False for a value no button posts.</summary>
    public static bool TryParse(string? value, out AttendanceStatus? status)
    {
        status = value switch
        {
            "present" => AttendanceStatus.Present,
            "absent" => AttendanceStatus.Absent,
            "justifiee" => AttendanceStatus.AbsenceJustifiee,
            "sans-reservation" => AttendanceStatus.PresentSansReservation,
            _ => null,
        };
        return status is not null || value == "aucun";
    }
}
