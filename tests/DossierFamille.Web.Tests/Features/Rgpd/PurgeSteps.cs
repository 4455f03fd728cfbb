using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>Data of past campaigns written directly (fiches with stored files) and the nightly purge run on the fake clock.</summary>
internal static class PurgeSteps
{
    private static readonly TimeZoneInfo Zone = new CampaignOptions().Zone;

    public static DateOnly Today(IClockedPortal portal) => CampaignSchedule.LocalDate(portal.Clock.GetUtcNow(), Zone);

    /// <summary>When the campaign is over: the start of the day after its closing date, in Paris.</summary>
    public static DateTimeOffset End(Campaign campaign) => CampaignSchedule.End(campaign, Zone);

    public static async Task<Campaign> CampaignAsync(PortalFactory portal, DateOnly closesOn)
    {
        var start = Random.Shared.Next(2100, 9000);
        var campaign = new Campaign { SchoolYear = $"{start}-{start + 1}", OpensOn = closesOn.AddDays(-60), ClosesOn = closesOn, ReminderIntervalDays = 7 };
        await QueryAsync(portal, async db =>
        {
            db.Campaigns.Add(campaign);
            return await db.SaveChangesAsync();
        });
        return campaign;
    }

    /// <summary>
    /// A fiche of the family in the campaign (a fiche enfant gets a new child), with stored PDF files;
    /// transmitted ones are also accepted (a transmitted fiche without review would be picked up by the transmission recovery).
    /// </summary>
    public static async Task<Fiche> FicheAsync(IClockedPortal clocked, PortalFactory portal, TestFamily family, Campaign campaign, FicheKind kind, bool transmitted, int files)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var fiche = new Fiche { FamilyId = familyId, CampaignId = campaign.Id, Kind = kind, Title = $"Fiche {kind} {campaign.SchoolYear}" };
        if (kind == FicheKind.Enfant)
        {
            var child = new Child { FamilyId = familyId, FirstName = "Zoé", LastName = family.Reference, BirthDate = new DateOnly(2020, 2, 2) };
            db.Children.Add(child);
            await db.SaveChangesAsync();
            fiche.ChildId = child.Id;
        }
        else
        {
            fiche.ResponsableId = await db.Responsables.Where(r => r.FamilyId == familyId).Select(r => r.Id).FirstAsync();
        }

        var now = clocked.Clock.GetUtcNow();
        fiche.SaveDraft("{}", now);
        if (transmitted)
        {
            fiche.Transmit(now);
            fiche.Decide(true, null, "test", now);
        }

        for (var i = 1; i <= files; i++)
        {
            using var content = new MemoryStream(SamplePdf.Create($"Pièce {i}"));
            var blob = await store.PutAsync(content, "application/pdf", new BlobPutOptions($"fiches/{campaign.Id}"));
            fiche.Pieces.Add(new FichePiece { PieceCode = "avis-imposition", BlobName = blob.Name, DisplayName = $"piece-{i}.pdf", ContentType = "application/pdf", Size = blob.Size, Sha256 = blob.Sha256, UploadedAt = now });
        }

        db.Fiches.Add(fiche);
        await db.SaveChangesAsync();
        db.FicheEvents.Add(new FicheEvent { FicheId = fiche.Id, At = now, Actor = "test", Action = "Enregistrée" });
        await db.SaveChangesAsync();
        return fiche;
    }

    /// <summary>
    /// 02:30 UTC on the <paramref name="n"/>th night after the fake clock's start, just after the purge's cron. Tests keep
    /// their clock jumps to a few days (a fake clock fires every missed minute of the portal's periodic timers): their
    /// campaigns closed long before the start instead.
    /// </summary>
    public static DateTimeOffset Night(int n) => new(ClockedPortal.Start.UtcDateTime.Date.AddDays(n).AddMinutes(150), TimeSpan.Zero);

    /// <summary>One night: the clock set to <paramref name="at"/>, the scheduler fires the purge, then its file step a few minutes later.</summary>
    public static async Task RunNightAsync(IClockedPortal portal, DateTimeOffset at)
    {
        portal.Clock.SetUtcNow(at);
        await portal.RunSchedulerAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.RunSchedulerAsync();
    }

    public static Task<List<FichePiece>> PiecesAsync(PortalFactory portal, int ficheId) =>
        QueryAsync(portal, db => db.FichePieces.AsNoTracking().Where(p => p.FicheId == ficheId).ToListAsync());

    public static Task<bool> FicheExistsAsync(PortalFactory portal, int ficheId) =>
        QueryAsync(portal, db => db.Fiches.AnyAsync(f => f.Id == ficheId));

    public static Task<int> QueuedFilesAsync(PortalFactory portal) =>
        QueryAsync(portal, db => db.Set<BlobDeletion>().CountAsync());

    public static Task<List<string>> PurgeAuditAsync(PortalFactory portal) =>
        QueryAsync(portal, db => db.AuditEntries.AsNoTracking().Where(e => e.Actor == RetentionPurge.Actor).OrderBy(e => e.Id).Select(e => e.Description).ToListAsync());

    public static Task<List<WfInstance>> PurgeInstancesAsync(PortalFactory portal) =>
        QueryAsync(portal, db => db.Set<WfInstance>().AsNoTracking().Where(i => i.DefinitionId == PurgeWorkflow.DefinitionId).ToListAsync());

    public static async Task<bool> StoredAsync(PortalFactory portal, string blobName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBlobStore>().ExistsAsync(blobName);
    }

    public static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
