using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>Reads a <see cref="FamilyFile"/> for the gestionnaires; null for an unknown family.</summary>
public sealed class FamilyFileReader(AppDbContext db, FamilyWorkflowInstances workflows)
{
    public async Task<FamilyFile?> ReadAsync(int familyId, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().AsSplitQuery()
            .Include(f => f.Responsables)
            .Include(f => f.Children).ThenInclude(c => c.Enrolments).ThenInclude(e => e.Structure)
            .SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
        if (family is null || family.ClosedAt is not null)
        {
            // A closed family's kept records (signature evidence) are not shown.
            return null;
        }

        var childIds = family.Children.Select(c => c.Id).ToList();
        var fiches = await db.Fiches.AsNoTracking().Where(f => f.FamilyId == familyId).OrderBy(f => f.Kind).ThenBy(f => f.Title).ToListAsync(cancellationToken);
        var ficheIds = fiches.Select(f => f.Id).ToList();
        var history = await db.FicheEvents.AsNoTracking().Where(e => ficheIds.Contains(e.FicheId)).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var campaignIds = fiches.Select(f => f.CampaignId).Concat(family.Children.SelectMany(c => c.Enrolments).Select(e => e.CampaignId)).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).OrderByDescending(c => c.OpensOn).ToListAsync(cancellationToken);
        var completions = await db.DossiersComplets.AsNoTracking().Where(d => childIds.Contains(d.ChildId)).ToListAsync(cancellationToken);
        var children = family.Children.ToDictionary(c => c.Id, c => c.FullName);
        var signatures = await SignaturesAsync(family, children, cancellationToken);
        var instances = await workflows.ForAsync(familyId, children, [.. campaigns.Select(c => c.SchoolYear)], cancellationToken);
        return new FamilyFile(family, campaigns, fiches, history, completions, signatures, instances);
    }

    private async Task<IReadOnlyList<SignatureLine>> SignaturesAsync(Family family, Dictionary<int, string> children, CancellationToken cancellationToken)
    {
        var rows = await db.ReglementSignatures.AsNoTracking().Where(s => s.FamilyId == family.Id)
            .Join(db.Structures, s => s.StructureId, st => st.Id, (s, st) => new { Signature = s, Structure = st.Name })
            .OrderByDescending(x => x.Signature.Id).ToListAsync(cancellationToken);
        var structureIds = rows.Select(r => r.Signature.StructureId).Distinct().ToList();
        var current = (await db.Reglements.AsNoTracking().Where(r => structureIds.Contains(r.StructureId)).Select(r => new { r.Id, r.StructureId, r.Version }).ToListAsync(cancellationToken))
            .GroupBy(r => r.StructureId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!.Id);
        return [.. rows.Select(r => new SignatureLine(
            r.Signature.Id,
            children.GetValueOrDefault(r.Signature.ChildId, "?"),
            r.Structure,
            r.Signature.DocumentVersion,
            current.GetValueOrDefault(r.Signature.StructureId) == r.Signature.ReglementId,
            r.Signature.SchoolYear,
            r.Signature.SignerName,
            r.Signature.Place,
            r.Signature.SignedOn,
            r.Signature.ServerUtc,
            AccountScope.PrivateOwner(family, r.Signature.UserId)?.FullName))];
    }
}
