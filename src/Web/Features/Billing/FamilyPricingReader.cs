using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Billing;

/// <summary>Reads the QF and the postal code of the families' accepted fiches famille (newest first).</summary>
internal sealed class FamilyPricingReader(AppDbContext db)
{
    public async Task<AccountPricings> ReadAsync(IReadOnlyCollection<int> familyIds, CancellationToken cancellationToken)
    {
        // The commune's postal codes come with each row (one query: a calendar page prices its days with it).
        var rows = await (
                from fiche in db.Fiches.AsNoTracking()
                where familyIds.Contains(fiche.FamilyId) && fiche.Kind == FicheKind.Responsable && fiche.Status == FicheStatus.Acceptee
                join responsable in db.Responsables on fiche.ResponsableId equals responsable.Id
                join family in db.Families on fiche.FamilyId equals family.Id
                orderby fiche.CampaignId descending, fiche.DecidedAt descending
                select new { fiche.FamilyId, family.ParentsSeparated, responsable.UserId, Fiche = fiche, CommunePostalCodes = db.BillingSettings.Select(s => s.CommunePostalCodes).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var communeCodes = PostalCodes.List(rows.FirstOrDefault()?.CommunePostalCodes);
        return new AccountPricings(rows.Select(r =>
        {
            var data = FicheContent.Responsable(r.Fiche);
            return new AccountPricings.Source(r.FamilyId, r.ParentsSeparated, r.UserId, new FamilyPricing(data.QuotientFamilial, PostalCodes.IsOutside(data.Address, communeCodes)));
        }));
    }
}
