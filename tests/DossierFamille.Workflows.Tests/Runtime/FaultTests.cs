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
