using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Spreadsheets;

namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>The "Historique" of a month: the account's consumption and its payments and credit notes of that month (commune time), for the page and the exports.</summary>
internal sealed class MonthHistory(ConsumptionReader consumption, SettlementReader settlements, CommuneTime dates, TimeProvider time)
{
    public static readonly Spreadsheet<HistoryRow> Sheet = new("Historique",
        new("Date", r => r.Date),
        new("Nature", r => r.Nature),
        new("Enfant", r => r.Child),
        new("Activité", r => r.Activity),
        new("Détail", r => r.Detail),
        new("Montant (€)", r => r.Amount));

    public HistoryMonths Months => HistoryMonths.Of(dates.Day(time.GetUtcNow()));

    public async Task<(List<ConsumptionRow> Consumption, List<SettlementRow> Settlements)> ReadAsync(AccountScope scope, DateOnly month, CancellationToken cancellationToken) =>
        (await consumption.ReadAsync(scope, month, cancellationToken),
         await settlements.ListAsync(scope, dates.StartOf(month), dates.StartOf(month.AddMonths(1)), cancellationToken));

    /// <summary>The month's lines for the export: the days consumed in date order, then the payments and credit notes.</summary>
    public async Task<List<HistoryRow>> RowsAsync(AccountScope scope, DateOnly month, CancellationToken cancellationToken)
    {
        var (days, payments) = await ReadAsync(scope, month, cancellationToken);
        return
        [
            .. days.Select(d => new HistoryRow(d.Day, "Consommation", d.Child, d.Activity, d.Detail, d.Amount)),
            .. payments.OrderBy(p => p.At).Select(p => new HistoryRow(dates.Day(p.At), p.Nature, string.Empty, string.Empty, $"{p.Mode} – {p.Paid}", p.Amount)),
        ];
    }
}
