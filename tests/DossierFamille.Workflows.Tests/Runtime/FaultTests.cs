using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class FaultTests : SqliteTestBase
{
    [Fact]
    public async Task A_faulted_activity_raises_an_incident_and_retry_succeeds()
    {
        var id = Fixtures.Workflows.NewId("flaky");
        await Host.PublishAsync(new WorkflowBuilder(id, "Instable")
            .Add("start", "Start")
            .Add("before", "AddDomainRow", a => a.Literal("Label", "before"))
            .Add("flaky", "Flaky")
            .Add("end", "End")
            .Sequence("start", "before", "flaky", "end")
            .Build());

        var started = await Host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = await Host.QueryAsync(db => db.Set<WfIncident>().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("flaky", incident.ActivityId);
        Assert.Contains("indisponible", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["before"], await LabelsAsync(started.InstanceId));

        Host.Flaky.Fail = false;
        Assert.True(await Host.Runtime.RetryAsync(started.InstanceId));

        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(["before", "flaky"], await LabelsAsync(started.InstanceId));
        Assert.NotNull((await Host.QueryAsync(db => db.Set<WfIncident>().SingleAsync(i => i.InstanceId == started.InstanceId))).ResolvedAt);
        var journal = await Host.QueryAsync(db => db.Set<WfJournalEntry>().Where(j => j.InstanceId == started.InstanceId).OrderBy(j => j.Sequence).Select(j => j.ActivityId + ":" + j.EventName).ToListAsync());
        Assert.Equal(["start:Completed", "before:Completed", "flaky:Faulted", "flaky:Completed", "end:Completed"], journal);
    }

    [Fact]
    public async Task A_faulted_activity_can_be_skipped_or_the_instance_cancelled()
    {
        var id = Fixtures.Workflows.NewId("skip");
        await Host.PublishAsync(new WorkflowBuilder(id, "Instable")
            .Add("start", "Start")
            .Add("flaky", "Flaky")
            .Add("end", "End")
            .Sequence("start", "flaky", "end")
            .Build());
        var skipped = await Host.Runtime.StartAsync(id);
        var cancelled = await Host.Runtime.StartAsync(id);

        Assert.True(await Host.Runtime.SkipAsync(skipped.InstanceId));
        Assert.True(await Host.Runtime.CancelAsync(cancelled.InstanceId));

        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(skipped.InstanceId)).Status);
        Assert.Equal(WorkflowStatus.Cancelled, (await Host.InstanceAsync(cancelled.InstanceId)).Status);
        Assert.Empty(await LabelsAsync(skipped.InstanceId));
    }

    [Fact]
    public async Task A_script_that_loops_forever_is_stopped_and_becomes_an_incident()
    {
        var id = Fixtures.Workflows.NewId("loop");
        await Host.PublishAsync(new WorkflowBuilder(id, "Boucle")
            .Add("start", "Start")
            .Add("loop", "SetVariable", a => a.Literal("Variable", "x").JavaScript("Value", "while (true) { } 1"))
            .Sequence("start", "loop")
            .Build());

        var started = await Host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = await Host.QueryAsync(db => db.Set<WfIncident>().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("loop", incident.ActivityId);
    }

    [Fact]
    public async Task A_script_building_a_huge_string_faults_at_once_with_a_French_incident()
    {
        var id = Fixtures.Workflows.NewId("repeat");
        await Host.PublishAsync(new WorkflowBuilder(id, "Chaîne géante")
            .Add("start", "Start")
            .Add("huge", "SetVariable", a => a.Literal("Variable", "x").JavaScript("Value", "'x'.repeat(2**28)"))
            .Sequence("start", "huge")
            .Build());

        var started = await Host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = await Host.QueryAsync(db => db.Set<WfIncident>().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("huge", incident.ActivityId);
        Assert.Contains("Le script construit une chaîne de plus de", incident.Message, StringComparison.Ordinal);
        Assert.False((await Host.VariablesAsync(started.InstanceId)).ContainsKey("x"));
    }

    [Fact]
    public async Task Variables_larger_than_an_instance_may_store_fault_the_activity_and_are_not_stored()
    {
        var id = Fixtures.Workflows.NewId("big");
        await Host.PublishAsync(new WorkflowBuilder(id, "Grosses variables")
            .Add("start", "Start")
            .Add("a", "SetVariable", a => a.Literal("Variable", "a").JavaScript("Value", "'a'.repeat(600000)"))
            .Add("b", "SetVariable", a => a.Literal("Variable", "b").JavaScript("Value", "'b'.repeat(600000)"))
            .Sequence("start", "a", "b")
            .Build());

        var started = await Host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = await Host.QueryAsync(db => db.Set<WfIncident>().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("b", incident.ActivityId);
        Assert.StartsWith("Les variables de l'instance dépasseraient la taille permise", incident.Message, StringComparison.Ordinal);
        var variables = await Host.VariablesAsync(started.InstanceId);
        Assert.True(variables.ContainsKey("a"));
        Assert.False(variables.ContainsKey("b"));
    }

    [Fact]
    public async Task Scripts_have_no_access_to_the_clr()
    {
        var id = Fixtures.Workflows.NewId("clr");
        await Host.PublishAsync(new WorkflowBuilder(id, "CLR")
            .Add("start", "Start")
            .Add("clr", "SetVariable", a => a.Literal("Variable", "x").JavaScript("Value", "System.IO.File.ReadAllText('/etc/passwd')"))
            .Sequence("start", "clr")
            .Build());

        Assert.Equal(WorkflowStatus.Faulted, (await Host.Runtime.StartAsync(id)).Status);
    }

    private Task<List<string>> LabelsAsync(Guid instanceId) =>
        Host.QueryAsync(db => db.DomainRows.Where(r => r.InstanceId == instanceId).OrderBy(r => r.Label).Select(r => r.Label).ToListAsync());
}
