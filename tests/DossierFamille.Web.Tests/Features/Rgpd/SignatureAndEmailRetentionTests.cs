using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DossierFamille.Web.Tests.Features.Rgpd.ClosureSteps;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>
/// Signature evidence past the duration the commune set goes oldest first, the chain still verifying from its moved anchor,
/// and with it what a closed family kept only for that evidence; sent emails go with their attachments (one test: its own database).
/// </summary>
public abstract class SignatureAndEmailRetentionTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task Signatures_past_their_duration_go_with_the_closed_familys_leftovers_the_newest_stays_and_sent_emails_go_with_their_receipts()
    {
        var school = await ReservationSteps.CreateSchoolAsync(portal);
        await DossierSteps.PublishReglementAsync(portal, school.StructureId);
        var closed = await portal.CreateFamilyAsync();
        var closedChild = await ReservationSteps.AddChildAsync(portal, closed, school, "Noé");
        var closedParent = await SignInAsync(portal, closed.UserName);
        await DossierSteps.SignReglementAsync(closedParent, closedChild);
        var closedFamilyId = await PurgeSteps.QueryAsync(portal, db => db.Families.Where(f => f.Reference == closed.Reference).Select(f => f.Id).SingleAsync());
        Assert.Contains("attend la confirmation de la mairie", await RequestClosureAsync(closedParent), StringComparison.Ordinal);
        var gestionnaire = await GestionnaireAsync(portal);
        await ConfirmAsync(gestionnaire, await ClosureIdAsync(portal, await UserIdAsync(portal, closed.UserName)));
        await RunErasureAsync(portal);
        Assert.True(await PurgeSteps.QueryAsync(portal, db => db.Children.AnyAsync(c => c.Id == closedChild)));

        var active = await portal.CreateFamilyAsync();
        var activeChild = await ReservationSteps.AddChildAsync(portal, active, school, "Lou");
        await DossierSteps.SignReglementAsync(await SignInAsync(portal, active.UserName), activeChild);
        await portal.RunSchedulerAsync();
        Assert.Single(await Maildev.WaitForAsync(active.Email, e => e.Subject.StartsWith("Règlement intérieur signé", StringComparison.Ordinal)));
        var receipt = await PurgeSteps.QueryAsync(portal, db => db.Outbox.Where(m => m.To == active.Email && m.AttachmentBlobName != null).Select(m => m.AttachmentBlobName!).SingleAsync());
        await WaitUntilSentAsync(active.Email);
        var signatures = await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        var oldest = signatures.Single(s => s.ChildId == closedChild);
        var newest = signatures.Single(s => s.ChildId == activeChild);

        var admin = await SignInAsync(portal, await portal.CreateStaffAsync(Roles.Admin));
        var saved = await admin.PostFormAsync(RgpdModule.RetentionPath, RgpdModule.RetentionPath, new Dictionary<string, string>
        {
            ["piecesMonths"] = "12", ["draftsMonths"] = "1", ["accessLogMonths"] = "12", ["signatureMonths"] = "0", ["emailMonths"] = "0",
        });
        Assert.Contains("Modification enregistrée.", saved, StringComparison.Ordinal);
        Assert.Contains($"{signatures.Count - 1} preuve(s) de signature", saved, StringComparison.Ordinal);

        await PurgeSteps.RunNightAsync(portal, PurgeSteps.Night(1));

        var remaining = await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal([newest.Id], remaining.Select(s => s.Id));
        var anchor = await PurgeSteps.QueryAsync(portal, db => db.Set<SignatureChainAnchor>().AsNoTracking().SingleAsync());
        Assert.Equal(remaining[0].PreviousHash, anchor.Hash);
        Assert.Null(SignatureChain.FirstBroken(remaining, anchor.Hash));
        Assert.NotNull(SignatureChain.FirstBroken(remaining));
        Assert.True(anchor.AfterSignatureId >= oldest.Id);
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Children.AnyAsync(c => c.Id == closedChild)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Families.AnyAsync(f => f.Id == closedFamilyId)));
        Assert.True(await PurgeSteps.QueryAsync(portal, db => db.Children.AnyAsync(c => c.Id == activeChild)));
        Assert.Contains("Famille supprimée", await gestionnaire.PageAsync(RgpdModule.ClosuresPath), StringComparison.Ordinal);

        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Outbox.AnyAsync(m => m.To == active.Email)));
        Assert.False(await PurgeSteps.StoredAsync(portal, receipt));
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.Contains($"{signatures.Count - 1} preuve(s) de signature", (await PurgeSteps.PurgeAuditAsync(portal))[^1], StringComparison.Ordinal);
        Assert.Contains("Signé", await (await SignInAsync(portal, active.UserName)).PageAsync(ReglementsModule.ParentPath), StringComparison.Ordinal);
    }

    /// <summary>The outbox sender records the sending just after maildev receives the email.</summary>
    private async Task WaitUntilSentAsync(string to)
    {
        for (var attempt = 0; attempt < 100 && await PurgeSteps.QueryAsync(portal, db => db.Outbox.AnyAsync(m => m.To == to && m.SentAt == null)); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Outbox.AnyAsync(m => m.To == to && m.SentAt == null)));
    }
}

[Trait("Database", "Sqlite")]
public sealed class SignatureAndEmailRetentionTestsOnSqlite(ClockedSqlitePortal portal) : SignatureAndEmailRetentionTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class SignatureAndEmailRetentionTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : SignatureAndEmailRetentionTests<ClockedPostgreSqlPortal>(portal);
