using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>The purge crashing at each of its two commits leaves no row without its file and no file without a row or a queue entry.</summary>
public abstract class PurgeCrashTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_purge_that_crashes_before_deleting_the_rows_and_again_between_the_files_and_their_queue_finishes_at_the_next_runs_counted_once()
    {
        var campaign = await PurgeSteps.CampaignAsync(portal, PurgeSteps.Today(portal).AddMonths(-12).AddDays(-5));
        var family = await portal.CreateFamilyAsync();
        var fiche = await PurgeSteps.FicheAsync(portal, portal, family, campaign, FicheKind.Responsable, transmitted: true, files: 2);

        portal.Crash.KillOn<FichePiece>(EntityState.Deleted);
        portal.Clock.SetUtcNow(PurgeSteps.Night(1));
        await Assert.ThrowsAsync<SimulatedCrashException>(portal.RunSchedulerAsync);
        Assert.Equal(2, (await PurgeSteps.PiecesAsync(portal, fiche.Id)).Count);
        foreach (var piece in fiche.Pieces)
        {
            Assert.True(await PurgeSteps.StoredAsync(portal, piece.BlobName));
        }

        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.Empty(await PurgeSteps.PurgeAuditAsync(portal));

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.RunSchedulerAsync();
        Assert.Empty(await PurgeSteps.PiecesAsync(portal, fiche.Id));
        Assert.Equal(2, await PurgeSteps.QueuedFilesAsync(portal));

        portal.Crash.KillOn<BlobDeletion>(EntityState.Deleted);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<SimulatedCrashException>(portal.RunSchedulerAsync);
        foreach (var piece in fiche.Pieces)
        {
            Assert.False(await PurgeSteps.StoredAsync(portal, piece.BlobName));
        }

        Assert.Equal(2, await PurgeSteps.QueuedFilesAsync(portal));

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.RunSchedulerAsync();
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.Equal(2, portal.Crash.Crashes);
        Assert.Equal(
            ["Purge : 2 fichier(s) de pièces justificatives, 0 fiche(s) jamais transmise(s) (0 fichier(s)), 0 entrée(s) du journal des consultations, 0 copie(s) de données expirée(s), 0 preuve(s) de signature, 0 email(s) envoyé(s) supprimé(s)."],
            await PurgeSteps.PurgeAuditAsync(portal));
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(await PurgeSteps.PurgeInstancesAsync(portal)).Status);
    }
}

[Trait("Database", "Sqlite")]
public sealed class PurgeCrashTestsOnSqlite(ClockedSqlitePortal portal) : PurgeCrashTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class PurgeCrashTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : PurgeCrashTests<ClockedPostgreSqlPortal>(portal);
