namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The manuals' rule for the week, weekday and month toggles: if the first day that can change is
/// not booked, book every day that can; otherwise cancel every day that can. Others are skipped.
/// </summary>
internal static class QuickToggle
{
    /// <summary>The booked state wanted for the toggled days, or null when none can change.</summary>
    public static bool? Target(IEnumerable<DayCell> cells) =>
        cells.OrderBy(c => c.Day).FirstOrDefault(c => c.CanChange) is { } first ? !first.IsBooked : null;
}
