using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

/// <summary>One bad instance (failing, slow, or looping without a real wait) never holds up the others' timers.</summary>
public abstract class SchedulerIsolationTests : IAsyncLifetime
{
    private TestDatabase? database;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => database = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_timer_whose_step_fails_on_save_becomes_an_incident_and_the_other_timers_fire_in_the_same_poll()
    {
        await using var host = new WorkflowHost(database!);
        var id = Fixtures.Workflows.NewId("relance");
        await host.PublishAsync(Fixtures.Workflows.DelayThenMail(id, "PT10M"));
        var failing = (await host.Runtime.StartAsync(id)).InstanceId;
        var others = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(1));
            others.Add((await host.Runtime.StartAsync(id)).InstanceId);
        }

        host.FailingSave.InstanceId = failing;
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.PollAsync();

        foreach (var other in others)
        {
            Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(other)).Status);
            Assert.Equal(1, await host.OutboxCountAsync(other));
        }

        Assert.Equal(WorkflowStatus.Faulted, (await host.InstanceAsync(failing)).Status);
        var incident = await host.QueryAsync(db => db.Set<WfIncident>().AsNoTracking().SingleAsync(i => i.InstanceId == failing));
        Assert.Equal("delay", incident.ActivityId);
        Assert.Contains("Disque plein", incident.Message, StringComparison.Ordinal);
        Assert.Null(incident.ResolvedAt);

        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await host.PollAsync());
        host.FailingSave.InstanceId = null;
        Assert.True(await host.Runtime.RetryAsync(failing));
        await host.PollAsync();

        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(failing)).Status);
        Assert.Equal(1, await host.OutboxCountAsync(failing));
        Assert.NotNull((await host.QueryAsync(db => db.Set<WfIncident>().AsNoTracking().SingleAsync(i => i.InstanceId == failing))).ResolvedAt);
    }

    [Fact]
    public async Task A_slow_step_does_not_hold_up_the_timers_due_after_it()
    {
        await using var host = new WorkflowHost(database!);
        var slowId = Fixtures.Workflows.NewId("lent");
        var id = Fixtures.Workflows.NewId("relance");
        await host.PublishAsync(new WorkflowBuilder(slowId, "Lent")
            .Add("start", "Start")
            .Add("delay", "Delay", a => a.Literal("Duration", "PT10M"))
            .Add("gate", "Gate")
            .Add("end", "End")
            .Sequence("start", "delay", "gate", "end")
            .Build());
        await host.PublishAsync(Fixtures.Workflows.DelayThenMail(id, "PT10M"));
        var slow = (await host.Runtime.StartAsync(slowId)).InstanceId;
        var others = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(1));
            others.Add((await host.Runtime.StartAsync(id)).InstanceId);
        }

        host.Time.Advance(TimeSpan.FromMinutes(11));
        var poll = host.PollAsync();
        var finished = 0;
        for (var attempt = 0; attempt < 600 && finished < others.Count; attempt++)
        {
            await Task.Delay(50);
            finished = await host.QueryAsync(db => db.Set<WfInstance>().CountAsync(i => others.Contains(i.Id) && i.Status == WorkflowStatus.Finished));
        }

        Assert.Equal(others.Count, finished);
        Assert.False(poll.IsCompleted);
        host.Gate.Open();
        await poll;
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(slow)).Status);
    }

    [Fact]
    public async Task A_step_past_its_time_budget_stops_with_an_incident_and_a_retry_goes_on_from_there()
    {
        await using var host = new WorkflowHost(database!, configure: o => o.StepTimeBudget = TimeSpan.FromSeconds(25));
        var id = Fixtures.Workflows.NewId("budget");
        await host.PublishAsync(new WorkflowBuilder(id, "Longue étape")
            .Add("start", "Start")
            .Add("slow1", "Slow")
            .Add("slow2", "Slow")
            .Add("slow3", "Slow")
            .Add("slow4", "Slow")
            .Add("slow5", "Slow")
            .Add("end", "End")
            .Sequence("start", "slow1", "slow2", "slow3", "slow4", "slow5", "end")
            .Build());

        var started = await host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = await host.QueryAsync(db => db.Set<WfIncident>().AsNoTracking().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("slow4", incident.ActivityId);
        Assert.Contains("budget de temps", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["slow1", "slow2", "slow3"], await LabelsAsync(host, started.InstanceId));

        Assert.True(await host.Runtime.RetryAsync(started.InstanceId));
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(["slow1", "slow2", "slow3", "slow4", "slow5"], await LabelsAsync(host, started.InstanceId));
    }

    [Fact]
    public async Task A_loop_around_a_zero_delay_is_faulted_instead_of_running_for_ever()
    {
        await using var host = new WorkflowHost(database!, configure: o => o.MaxZeroWaitResumes = 5);
        var id = Fixtures.Workflows.NewId("boucle");
        await host.PublishAsync(new WorkflowBuilder(id, "Boucle sans attente")
            .Variable("tours", 0)
            .Add("start", "Start")
            .Add("compter", "SetVariable", a => a.Literal("Variable", "tours").JavaScript("Value", "variables.tours + 1"))
            .Add("attendre", "Delay", a => a.Literal("Duration", "PT0S"))
            .Connect("start", "compter")
            .Connect("compter", "attendre")
            .Connect("attendre", "compter")
            .Build());
        var started = await host.Runtime.StartAsync(id);

        for (var poll = 0; poll < 20; poll++)
        {
            await host.PollAsync();
        }

        Assert.Equal(WorkflowStatus.Faulted, (await host.InstanceAsync(started.InstanceId)).Status);
        var incident = await host.QueryAsync(db => db.Set<WfIncident>().AsNoTracking().SingleAsync(i => i.InstanceId == started.InstanceId));
        Assert.Equal("attendre", incident.ActivityId);
        Assert.Contains("sans attente réelle", incident.Message, StringComparison.Ordinal);
        Assert.Equal(6, (int)(await host.VariablesAsync(started.InstanceId))["tours"]!);
    }

    private static Task<List<string>> LabelsAsync(WorkflowHost host, Guid instanceId) =>
        host.QueryAsync(db => db.DomainRows.Where(r => r.InstanceId == instanceId).OrderBy(r => r.Label).Select(r => r.Label).ToListAsync());
}

public sealed class SchedulerIsolationTestsOnSqlite : SchedulerIsolationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.SqliteAsync();
}

public sealed class SchedulerIsolationTestsOnPostgreSql : SchedulerIsolationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
