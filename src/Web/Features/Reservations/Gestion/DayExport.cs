using DossierFamille.Web.Features.Settings;
using DossierFamille.Web.Spreadsheets;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>The list of a day (accepted, waiting in order, not processed) with health flags and pointage, as CSV or Excel.</summary>
internal static class DayExport
{
    public static Spreadsheet<DayBookingRow> Sheet { get; } = new(
        "Réservations",
        new("Enfant", r => r.Name),
        new("État", r => DayLabels.State(r)),
        new("Position en liste d'attente", r => r.Position),
        new("PAI", r => r.Health.Pai ? "oui" : "non"),
        new("Allergies", r => r.Health.Allergies),
        new("Régime alimentaire", r => r.Health.Diet),
        new("Pointage", r => r.Attendance is null ? null : AttendanceLabels.Of(r.Attendance)));

    /// <summary>Accepted first, then the waiting list in its order, then what is not processed yet.</summary>
    public static IEnumerable<DayBookingRow> Rows(DayOverview day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Accepted.Concat(day.Waiting).Concat(day.NotSent);
    }

    public static string FileName(DayOverview day) => $"reservations-{Slug.From(day.Activity.Name)}-{BookingFormat.Iso(day.Day)}";
}
