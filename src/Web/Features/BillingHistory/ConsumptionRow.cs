namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>One day consumed (or booked) by a child in an activity, or a penalty of that day; <see cref="Amount"/> null: not billed.</summary>
internal sealed record ConsumptionRow(DateOnly Day, string Child, string Activity, string Detail, decimal? Amount);
