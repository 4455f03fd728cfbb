using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>The shipped "Purge RGPD" workflow with the default durations, on a fake clock (one test: its own database).</summary>
public abstract class RetentionPurgeTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task Drafts_go_a_month_after_the_campaign_and_pieces_twelve_months_after_with_their_files_and_each_purge_is_counted_in_the_audit_log()
    {
        var today = PurgeSteps.Today(portal);
        var draftsCampaign = await PurgeSteps.CampaignAsync(portal, today.AddMonths(-1).AddDays(1));
        var piecesCampaign = await PurgeSteps.CampaignAsync(portal, today.AddMonths(-12).AddDays(2));
        var later = await PurgeSteps.CampaignAsync(portal, today.AddDays(100));
        var family = await portal.CreateFamilyAsync();
        var transmitted = await PurgeSteps.FicheAsync(portal, portal, family, piecesCampaign, FicheKind.Responsable, transmitted: true, files: 2);
        var draft = await PurgeSteps.FicheAsync(portal, portal, family, draftsCampaign, FicheKind.Enfant, transmitted: false, files: 1);
        var current = await PurgeSteps.FicheAsync(portal, portal, family, later, FicheKind.Responsable, transmitted: true, files: 1);
        Assert.InRange(PurgeSteps.End(draftsCampaign).AddMonths(1), PurgeSteps.Night(1), PurgeSteps.Night(2));
        Assert.InRange(PurgeSteps.End(piecesCampaign).AddMonths(12), PurgeSteps.Night(2), PurgeSteps.Night(3));
        var draftFile = Assert.Single(draft.Pieces).BlobName;

        await PurgeSteps.RunNightAsync(portal, PurgeSteps.Night(1));
        Assert.True(await PurgeSteps.FicheExistsAsync(portal, draft.Id));
        Assert.Single(await PurgeSteps.PiecesAsync(portal, draft.Id));
        Assert.Empty(await PurgeSteps.PurgeAuditAsync(portal));

        await PurgeSteps.RunNightAsync(portal, PurgeSteps.Night(2));
        Assert.False(await PurgeSteps.FicheExistsAsync(portal, draft.Id));
        Assert.Empty(await PurgeSteps.PiecesAsync(portal, draft.Id));
        Assert.False(await PurgeSteps.StoredAsync(portal, draftFile));
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.Equal(2, (await PurgeSteps.PiecesAsync(portal, transmitted.Id)).Count);
        Assert.Equal(
            ["Purge : 0 fichier(s) de pièces justificatives, 1 fiche(s) jamais transmise(s) (1 fichier(s)), 0 entrée(s) du journal des consultations, 0 copie(s) de données expirée(s), 0 preuve(s) de signature, 0 email(s) envoyé(s) supprimé(s)."],
            await PurgeSteps.PurgeAuditAsync(portal));

        foreach (var piece in transmitted.Pieces)
        {
            Assert.True(await PurgeSteps.StoredAsync(portal, piece.BlobName));
        }

        await PurgeSteps.RunNightAsync(portal, PurgeSteps.Night(3));
        Assert.Empty(await PurgeSteps.PiecesAsync(portal, transmitted.Id));
        Assert.True(await PurgeSteps.FicheExistsAsync(portal, transmitted.Id));
        foreach (var piece in transmitted.Pieces)
        {
            Assert.False(await PurgeSteps.StoredAsync(portal, piece.BlobName));
        }

        Assert.Single(await PurgeSteps.PiecesAsync(portal, current.Id));
        Assert.True(await PurgeSteps.StoredAsync(portal, current.Pieces[0].BlobName));
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.Equal(
            "Purge : 2 fichier(s) de pièces justificatives, 0 fiche(s) jamais transmise(s) (0 fichier(s)), 0 entrée(s) du journal des consultations, 0 copie(s) de données expirée(s), 0 preuve(s) de signature, 0 email(s) envoyé(s) supprimé(s).",
            (await PurgeSteps.PurgeAuditAsync(portal))[^1]);
        var instances = await PurgeSteps.PurgeInstancesAsync(portal);
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }
}

[Trait("Database", "Sqlite")]
public sealed class RetentionPurgeTestsOnSqlite(ClockedSqlitePortal portal) : RetentionPurgeTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class RetentionPurgeTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : RetentionPurgeTests<ClockedPostgreSqlPortal>(portal);
