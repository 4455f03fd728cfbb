using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Dossier;

/// <summary>A fiche is never left transmitted without a review of that transmission, whatever dies when.</summary>
public abstract class TransmissionCrashTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_crash_while_a_refused_fiche_is_transmitted_again_leaves_it_editable_and_the_next_click_reaches_the_gestionnaire()
    {
        var (parent, gestionnaire, fiche) = await RefusedFicheAsync();

        var crashes = portal.Crash.Crashes;

        portal.Crash.ArmForStepOf(FicheReviewWorkflow.DefinitionId);
        Assert.Equal("status:500", await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre"));

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.Equal(FicheStatus.Refusee, (await ReloadAsync(fiche)).Status);
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre"), StringComparison.Ordinal);
        Assert.Contains(fiche.Title, await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fiche_left_transmitted_without_a_review_of_this_transmission_gets_one_from_the_recovery()
    {
        var (_, gestionnaire, fiche) = await RefusedFicheAsync();
        // What the portal used to leave when it died between the fiche's commit and its review signal.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Fiches.SingleAsync(f => f.Id == fiche.Id);
            portal.Clock.Advance(TimeSpan.FromMinutes(1));
            stored.Transmit(portal.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(fiche.Title, await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        var recovery = portal.Services.GetRequiredService<TransmissionRecovery>();
        await recovery.RecoverAsync(CancellationToken.None);

        Assert.Contains(fiche.Title, await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
        Assert.Equal(FicheStatus.Transmise, (await ReloadAsync(fiche)).Status);
        await recovery.RecoverAsync(CancellationToken.None);
        await using var check = portal.Services.CreateAsyncScope();
        var correlation = DossierService.ReviewCorrelation(fiche.Id);
        Assert.Equal(2, await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Workflows.Persistence.WfInstance>()
            .CountAsync(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation));
    }

    /// <summary>A fiche famille transmitted once and refused by a gestionnaire.</summary>
    private async Task<(PortalClient Parent, PortalClient Gestionnaire, Fiche Fiche)> RefusedFicheAsync()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var fiche = await DossierSteps.TransmitFicheFamilleAsync(parent, portal, family);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        Assert.StartsWith("/gestion/fiches?traitee=", await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Refuser", "Adresse incomplète."), StringComparison.Ordinal);
        Assert.Equal(FicheStatus.Refusee, (await ReloadAsync(fiche)).Status);
        return (parent, gestionnaire, fiche);
    }

    private async Task<Fiche> ReloadAsync(Fiche fiche)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Fiches.AsNoTracking().SingleAsync(f => f.Id == fiche.Id);
    }
}

[Trait("Database", "Sqlite")]
public sealed class TransmissionCrashTestsOnSqlite(ClockedSqlitePortal portal) : TransmissionCrashTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class TransmissionCrashTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : TransmissionCrashTests<ClockedPostgreSqlPortal>(portal);
