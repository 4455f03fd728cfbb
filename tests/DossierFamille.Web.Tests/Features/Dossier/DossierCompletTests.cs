using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Dossier;

public abstract partial class DossierCompletTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task The_signature_completing_a_dossier_records_it_once_and_wakes_the_workflow_waiting_for_the_child()
    {
        var (family, childId, parent) = await FamilyWithReglementAsync();
        var waiting = await StartWaitingWorkflowAsync(childId);
        var gestionnaire = await SignInAsync(Roles.Gestionnaire);
        await parent.PageAsync("/dossier");
        foreach (var fiche in await DossierSteps.FichesAsync(portal, family))
        {
            await DossierSteps.TransmitCompleteAsync(parent, portal, family, fiche);
            await DossierSteps.DecideAsync(gestionnaire, fiche.Id, ApplyFicheDecisionActivity.Accept, null);
        }

        Assert.Empty(await CompletionsAsync(childId));
        Assert.Equal(WorkflowStatus.Suspended, (await InstanceAsync(waiting)).Status);
        Assert.Contains("Dossier en cours", await parent.PageAsync("/dossier"), StringComparison.Ordinal);

        await DossierSteps.SignReglementAsync(parent, childId);

        var completion = Assert.Single(await CompletionsAsync(childId));
        var instance = await InstanceAsync(waiting);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var received = StateSerializer.Deserialize(instance.StateJson).Variables["dossier"]!;
        Assert.Equal(completion.CampaignId, received["campaignId"]!.GetValue<int>());
        Assert.Equal(childId, received["childId"]!.GetValue<int>());
        Assert.Matches(DossierCompletBadge(), await parent.PageAsync("/dossier"));
        var familyPage = await gestionnaire.PageAsync($"/gestion/familles/{await FamilyIdAsync(family)}");
        Assert.Matches(DossierCompletBadge(), familyPage);
        Assert.Contains(DesignerPaths.Instance(waiting), familyPage, StringComparison.Ordinal);
        Assert.Contains("Réservations ouvertes à l'enfant", familyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_acceptance_completes_the_dossier_and_later_decisions_neither_repeat_it_nor_signal_again()
    {
        var (family, childId, parent) = await FamilyWithReglementAsync();
        var secondChildId = await portal.AddChildAsync(family, "Jules");
        await DossierSteps.SignReglementAsync(parent, childId);
        await DossierSteps.SignReglementAsync(parent, secondChildId);
        var gestionnaire = await SignInAsync(Roles.Gestionnaire);
        await parent.PageAsync("/dossier");
        var fiches = await DossierSteps.FichesAsync(portal, family);
        var secondChildFiche = fiches.Single(f => f.ChildId == secondChildId);
        foreach (var fiche in fiches.Where(f => f.Id != secondChildFiche.Id))
        {
            await DossierSteps.TransmitCompleteAsync(parent, portal, family, fiche);
            await DossierSteps.DecideAsync(gestionnaire, fiche.Id, ApplyFicheDecisionActivity.Accept, null);
        }

        Assert.Single(await CompletionsAsync(childId));
        Assert.Empty(await CompletionsAsync(secondChildId));
        Assert.Equal(1, await QueuedSignalsAsync(childId));

        await DossierSteps.TransmitCompleteAsync(parent, portal, family, secondChildFiche);
        await DossierSteps.DecideAsync(gestionnaire, secondChildFiche.Id, ApplyFicheDecisionActivity.Accept, null);

        Assert.Single(await CompletionsAsync(childId));
        Assert.Single(await CompletionsAsync(secondChildId));
        Assert.Equal(1, await QueuedSignalsAsync(childId));
        Assert.Equal(1, await QueuedSignalsAsync(secondChildId));
    }

    private async Task<(TestFamily Family, int ChildId, PortalClient Parent)> FamilyWithReglementAsync()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structureId = await db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId).SingleAsync();
            if (!await db.Reglements.AnyAsync(r => r.StructureId == structureId))
            {
                await DossierSteps.PublishReglementAsync(portal, structureId);
            }
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (family, childId, parent);
    }

    /// <summary>What the booking module will do: a workflow waiting for the child's "DossierComplet" signal.</summary>
    private async Task<Guid> StartWaitingWorkflowAsync(int childId)
    {
        var id = "attente-complet-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = portal.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
        var published = await definitions.PublishIfAbsentAsync(new WorkflowBuilder(id, "Réservations ouvertes à l'enfant")
            .Add("debut", "Start")
            .Add("complet", "WaitForSignal", a => a.Literal("Signal", DossierCompletion.Signal).Literal("ResultVariable", "dossier"))
            .Add("fin", "End")
            .Sequence("debut", "complet", "fin")
            .Build(), CancellationToken.None);
        Assert.Empty(published.Errors);
        var started = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync(id, correlationId: DossierCompletion.Correlation(childId));
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        return started.InstanceId;
    }

    private async Task<PortalClient> SignInAsync(string role)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(await portal.CreateStaffAsync(role), TestFamily.Password);
        return client;
    }

    private async Task<List<DossierComplet>> CompletionsAsync(int childId) =>
        await QueryAsync(db => db.DossiersComplets.AsNoTracking().Where(d => d.ChildId == childId).ToListAsync());

    private async Task<int> QueuedSignalsAsync(int childId)
    {
        var correlation = DossierCompletion.Correlation(childId);
        return await QueryAsync(db => db.Set<WfQueuedStimulus>().CountAsync(q => q.Name == DossierCompletion.Signal && q.CorrelationId == correlation));
    }

    private Task<int> FamilyIdAsync(TestFamily family) => QueryAsync(db => db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync());

    private Task<WfInstance> InstanceAsync(Guid id) => QueryAsync(db => db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.Id == id));

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [GeneratedRegex("text-bg-success\">Dossier complet</span>")]
    private static partial Regex DossierCompletBadge();
}

[Trait("Database", "Sqlite")]
public sealed class DossierCompletTestsOnSqlite(SqlitePortal portal) : DossierCompletTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class DossierCompletTestsOnPostgreSql(PostgreSqlPortal portal) : DossierCompletTests<PostgreSqlPortal>(portal);
