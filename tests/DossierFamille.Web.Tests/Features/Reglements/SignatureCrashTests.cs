using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Reglements;

/// <summary>A signature is never kept without its receipt workflow: both commit together.</summary>
public abstract class SignatureCrashTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_crash_while_a_signature_starts_its_receipt_keeps_nothing_and_signing_again_emails_the_receipt()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family);
        await DossierSteps.PublishReglementAsync(portal, await QueryAsync(db => db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId).SingleAsync()));
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var crashes = portal.Crash.Crashes;

        portal.Crash.ArmForStepOf(ReglementSignatureWorkflow.DefinitionId);
        Assert.Equal("status:500", await DossierSteps.PostSignatureAsync(parent, childId));

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.False(await QueryAsync(db => db.ReglementSignatures.AnyAsync(s => s.ChildId == childId)));
        await DossierSteps.SignReglementAsync(parent, childId);
        Assert.Equal(1, await QueryAsync(db => db.ReglementSignatures.CountAsync(s => s.ChildId == childId)));
        Assert.Equal(1, await QueryAsync(db => db.Outbox.CountAsync(m => m.To == family.Email && m.Subject.StartsWith("Règlement intérieur signé"))));
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class SignatureCrashTestsOnSqlite(ClockedSqlitePortal portal) : SignatureCrashTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class SignatureCrashTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : SignatureCrashTests<ClockedPostgreSqlPortal>(portal);
