namespace DossierFamille.Web.Features.Billing;

/// <summary>
/// The prices of one activity over a validity period (next year's entered early): a price per unit by
/// quotient familial bracket, the highest bracket for a family without a QF, an optional price for
/// families living outside the commune, and the penalties the commune turns on.
/// </summary>
public sealed class Tariff
{
    public int Id { get; set; }

    public int ActivityId { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day it applies, included; null while no end is known.</summary>
    public DateOnly? ValidTo { get; set; }

    public TariffUnit Unit { get; set; }

    /// <summary>"Hors commune": replaces the bracket's price for families living elsewhere; null: they pay the bracket's.</summary>
    public decimal? OutsideCommunePrice { get; set; }

    public PenaltyRule PresenceWithoutBooking { get; set; } = PenaltyRule.Off;

    public PenaltyRule LateCancellation { get; set; } = PenaltyRule.Off;

    public PenaltyRule UnjustifiedAbsence { get; set; } = PenaltyRule.Off;

    public List<TariffBracket> Brackets { get; } = [];

    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is not { } last || day <= last);

    public bool Overlaps(DateOnly from, DateOnly? to) => (to is not { } end || ValidFrom <= end) && (ValidTo is not { } last || from <= last);

    /// <summary>The price of one unit for a family: hors commune when it applies, else the QF's bracket, the highest without a QF.</summary>
    public decimal UnitPriceFor(FamilyPricing family)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (family.OutsideCommune && OutsideCommunePrice is { } outside)
        {
            return outside;
        }

        var ordered = Brackets.OrderBy(b => b.MaxQuotient ?? int.MaxValue).ToList();
        if (ordered.Count == 0)
        {
            throw new InvalidOperationException($"Le tarif {Id} n'a aucune tranche.");
        }

        return family.Quotient is { } qf ? (ordered.FirstOrDefault(b => qf <= (b.MaxQuotient ?? int.MaxValue)) ?? ordered[^1]).Price : ordered[^1].Price;
    }
}
