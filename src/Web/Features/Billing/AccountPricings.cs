namespace DossierFamille.Web.Features.Billing;

/// <summary>The pricing facts of the paying accounts of some families, read once (see <see cref="FamilyPricingReader"/>).</summary>
public sealed class AccountPricings(IEnumerable<AccountPricings.Source> sources)
{
    /// <summary>One accepted fiche famille, newest first: its family, its responsable's account (null: none), its facts.</summary>
    public sealed record Source(int FamilyId, bool ParentsSeparated, string? UserId, FamilyPricing Pricing);

    private readonly ILookup<int, Source> _byFamily = sources.ToLookup(s => s.FamilyId);

    /// <summary>
    /// The account's own accepted fiche famille (the newest), else that of a responsable without an account, else (parents
    /// not separated: they pay together) another account's; none: no QF, so the highest bracket. Separated parents each pay
    /// by their own fiche and never read the other's.
    /// </summary>
    public FamilyPricing For(int familyId, string userId)
    {
        var fiches = _byFamily[familyId].ToList();
        return (fiches.FirstOrDefault(s => s.UserId == userId)
                ?? fiches.FirstOrDefault(s => s.UserId is null)
                ?? fiches.FirstOrDefault(s => !s.ParentsSeparated))?.Pricing
            ?? FamilyPricing.Unknown;
    }
}
