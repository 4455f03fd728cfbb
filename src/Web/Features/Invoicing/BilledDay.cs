namespace DossierFamille.Web.Features.Invoicing;

/// <summary>An accepted booking of the month: one child, activity and day, at the price recorded when it was validated (null: no tariff then).</summary>
public sealed record BilledDay(int ChildId, int ActivityId, DateOnly Day, decimal? Price);
