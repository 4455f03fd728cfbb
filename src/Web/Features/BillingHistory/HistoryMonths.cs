using System.Globalization;

namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>
/// The months the "Historique" shows: the current month of the commune and the previous one, as the manuals say. Any
/// other month asked for (an old link, a typed address) shows the current month.
/// </summary>
internal sealed record HistoryMonths(DateOnly Current)
{
    public DateOnly Previous => Current.AddMonths(-1);

    public static HistoryMonths Of(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1));

    /// <summary>The month named "2026-11" when it is the current or the previous one, else the current one.</summary>
    public DateOnly Pick(string? month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked) && asked == Previous ? Previous : Current;

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
