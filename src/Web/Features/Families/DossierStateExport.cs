using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// Where each family's dossier stands for the latest campaign, as a CSV file Excel opens directly (UTF-8 with BOM,
/// semicolons): fiches by state and children whose dossier is complete.
/// </summary>
internal sealed class DossierStateExport(AppDbContext db)
{
    public async Task<(string SchoolYear, byte[] Csv)?> ExportAsync(CancellationToken cancellationToken)
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

        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" }))
        {
            csv.Context.RegisterClassMap<DossierStateRowMap>();
            await csv.WriteRecordsAsync(rows, cancellationToken);
        }

        return (campaign.SchoolYear, buffer.ToArray());
    }

    private sealed class DossierStateRowMap : ClassMap<DossierStateRow>
    {
        public DossierStateRowMap()
        {
            Map(r => r.Reference).Name("Référence");
            Map(r => r.Famille).Name("Famille");
            Map(r => r.Responsables).Name("Responsables");
            Map(r => r.Enfants).Name("Enfants");
            Map(r => r.FichesATransmettre).Name("Fiches à transmettre");
            Map(r => r.FichesTransmises).Name("Fiches transmises");
            Map(r => r.FichesAcceptees).Name("Fiches acceptées");
            Map(r => r.FichesRefusees).Name("Fiches refusées");
            Map(r => r.EnfantsDossierComplet).Name("Enfants au dossier complet");
        }
    }
}
