using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// Where each family's dossier stands for the latest campaign: fiches by state and children whose dossier is complete,
/// exported as CSV or Excel through <see cref="Sheet"/>.
/// </summary>
internal sealed class DossierStateExport(AppDbContext db)
{
    public async Task<(string SchoolYear, IReadOnlyList<DossierStateRow> Rows)?> ReadAsync(CancellationToken cancellationToken)
    {
        if (await db.Campaigns.AsNoTracking().OrderByDescending(c => c.OpensOn).FirstOrDefaultAsync(cancellationToken) is not { } campaign)
        {
            return null;
        }

        var families = await db.Families.AsNoTracking().Include(f => f.Responsables).OrderBy(f => f.Name).ThenBy(f => f.Reference).ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking().GroupBy(c => c.FamilyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var fiches = await db.Fiches.AsNoTracking().Where(f => f.CampaignId == campaign.Id)
            .GroupBy(f => new { f.FamilyId, f.Status }).Select(g => new { g.Key.FamilyId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var complete = await db.DossiersComplets.AsNoTracking().Where(d => d.CampaignId == campaign.Id)
            .Join(db.Children, d => d.ChildId, c => c.Id, (d, c) => c.FamilyId)
            .GroupBy(familyId => familyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        int Count(int familyId, FicheStatus status) => fiches.Where(f => f.FamilyId == familyId && f.Status == status).Sum(f => f.Count);
        var rows = families.Select(f => new DossierStateRow(
            f.Reference,
            f.Name,
            string.Join(", ", f.Responsables.OrderBy(r => r.Id).Select(r => $"{r.FullName} ({r.Quality.Label()})")),
            children.GetValueOrDefault(f.Id),
            Count(f.Id, FicheStatus.Brouillon),
            Count(f.Id, FicheStatus.Transmise),
            Count(f.Id, FicheStatus.Acceptee),
            Count(f.Id, FicheStatus.Refusee),
            complete.GetValueOrDefault(f.Id)));

        return (campaign.SchoolYear, rows.ToList());
    }

    /// <summary>The columns, French headers as Excel shows them.</summary>
    public static Spreadsheet<DossierStateRow> Sheet { get; } = new(
        "Dossiers",
        new("Référence", r => r.Reference),
        new("Famille", r => r.Famille),
        new("Responsables", r => r.Responsables),
        new("Enfants", r => r.Enfants),
        new("Fiches à transmettre", r => r.FichesATransmettre),
        new("Fiches transmises", r => r.FichesTransmises),
        new("Fiches acceptées", r => r.FichesAcceptees),
        new("Fiches refusées", r => r.FichesRefusees),
        new("Enfants au dossier complet", r => r.EnfantsDossierComplet));
}
