namespace DossierFamille.Web.Features.Billing;

/// <summary>The price of each day for one paying account ("le tarif appliqué"), rounded to the cent; null where no tariff applies.</summary>
public sealed class DayPrices(TariffBook book, FamilyPricing family)
{
    public static DayPrices None { get; } = new(new TariffBook([]), FamilyPricing.Unknown);

    public decimal? Of(int activityId, DateOnly day) => book.PriceOf(activityId, day, family);
}
