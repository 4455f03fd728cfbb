namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>One line of the "Historique" export: a day consumed, a payment or a credit note.</summary>
internal sealed record HistoryRow(DateOnly Date, string Nature, string Child, string Activity, string Detail, decimal? Amount);
