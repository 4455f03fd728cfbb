namespace DossierFamille.Web.Features.Billing;

/// <summary>What a paying account's prices depend on: the QF of its accepted fiche famille (null: none) and whether it lives outside the commune.</summary>
public sealed record FamilyPricing(int? Quotient, bool OutsideCommune)
{
    public static FamilyPricing Unknown { get; } = new(null, OutsideCommune: false);
}
