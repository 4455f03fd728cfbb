using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class TimerTests : SqliteTestBase
{
    [Fact]
    public async Task A_delay_fires_once_when_due_and_not_before()
    {
        var id = Fixtures.Workflows.NewId("delay");
        await Host.PublishAsync(Fixtures.Workflows.DelayThenMail(id, "P2D"));
        var started = await Host.Runtime.StartAsync(id);

        Host.Time.Advance(TimeSpan.FromDays(1));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(started.InstanceId)).Status);

        Host.Time.Advance(TimeSpan.FromDays(1));
        await Host.PollAsync();
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(1, await Host.OutboxCountAsync(started.InstanceId));
        Assert.False(await Host.QueryAsync(db => db.Set<WfTimer>().AnyAsync(t => t.InstanceId == started.InstanceId)));
    }

    [Fact]
    public async Task A_timer_at_a_date_waits_for_that_date()
    {
        var id = Fixtures.Workflows.NewId("date");
        await Host.PublishAsync(new WorkflowBuilder(id, "À date")
            .Add("start", "Start")
            .Add("timer", "Timer", a => a.Literal("Date", "2026-03-01T00:00:00Z"))
            .Add("end", "End")
            .Sequence("start", "timer", "end")
            .Build());
        var started = await Host.Runtime.StartAsync(id);

        Host.Time.SetUtcNow(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(started.InstanceId)).Status);
        Host.Time.Advance(TimeSpan.FromHours(2));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task A_cron_trigger_starts_an_instance_per_occurrence_and_a_missed_one_fires_at_start_up()
    {
        var id = Fixtures.Workflows.NewId("cron");
        await Host.PublishAsync(new WorkflowBuilder(id, "Traitement nocturne")
            .Add("nightly", "Timer", a => a.Literal("Cron", "0 2 * * *"))
            .Add("row", "AddDomainRow", a => a.Literal("Label", "nightly"))
            .Add("end", "End")
            .Sequence("nightly", "row", "end")
            .Build());

        Host.Time.Advance(TimeSpan.FromHours(19));
        await Host.PollAsync();
        Assert.Equal(1, await CountAsync(id));

        // The app is down for three days: on start-up the missed occurrence fires once, then the schedule goes on.
        await using var restarted = new WorkflowHost(Database, Host.Time);
        Host.Time.Advance(TimeSpan.FromDays(3));
        await restarted.PollAsync();
        await restarted.PollAsync();
        Assert.Equal(2, await CountAsync(id));
    }

    private Task<int> CountAsync(string definitionId) =>
        Host.QueryAsync(db => db.Set<WfInstance>().CountAsync(i => i.DefinitionId == definitionId && i.Status == WorkflowStatus.Finished));
}
