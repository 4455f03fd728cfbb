using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Durability;

/// <summary>Concurrency on a real PostgreSQL (DF_TEST_POSTGRES): fails, never skips, when it is missing.</summary>
public sealed class PostgresDurabilityTests
{
    [Fact]
    public async Task Hundred_concurrent_resumes_of_one_bookmark_continue_exactly_once()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var host = new WorkflowHost(database);
        var id = Fixtures.Workflows.NewId("race");
        await host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await host.Runtime.StartAsync(id);
        var task = await host.OpenTaskAsync(started.InstanceId);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => host.Runtime.CompleteTaskAsync(task.Id, i % 2 == 0 ? "Accepter" : "Refuser", null, "user" + i))));

        Assert.Equal(1, results.Count(r => r == TaskCompletionResult.Completed));
        Assert.Equal(99, results.Count(r => r == TaskCompletionResult.AlreadyCompleted));
        Assert.Equal(1, await host.OutboxCountAsync(started.InstanceId));
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(started.InstanceId)).Status);
        var completions = await host.QueryAsync(db => db.Set<WfJournalEntry>().CountAsync(j => j.InstanceId == started.InstanceId && j.ActivityId == "review" && j.EventName == JournalEvents.Completed));
        Assert.Equal(1, completions);
    }

    [Fact]
    public async Task Two_processes_sharing_the_database_fire_each_due_timer_once()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var first = new WorkflowHost(database, configure: o => o.BatchSize = 5);
        await using var second = new WorkflowHost(database, first.Time, o => o.BatchSize = 5);
        var id = Fixtures.Workflows.NewId("timers");
        await first.PublishAsync(Fixtures.Workflows.DelayThenMail(id, "PT10M"));
        var instances = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            instances.Add((await first.Runtime.StartAsync(id)).InstanceId);
        }

        first.Time.Advance(TimeSpan.FromMinutes(11));
        for (var round = 0; round < 10; round++)
        {
            await Task.WhenAll(Task.Run(first.PollAsync), Task.Run(second.PollAsync));
        }

        foreach (var instance in instances)
        {
            Assert.Equal(WorkflowStatus.Finished, (await first.InstanceAsync(instance)).Status);
            Assert.Equal(1, await first.OutboxCountAsync(instance));
        }

        Assert.Equal(0, await first.QueryAsync(db => db.Set<WfTimer>().CountAsync()));
    }

    [Fact]
    public async Task A_signal_arriving_before_the_bookmark_is_not_lost_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var host = new WorkflowHost(database);
        var id = Fixtures.Workflows.NewId("early");
        await host.PublishAsync(Fixtures.Workflows.WaitSignal(id, "Paye"));

        Assert.True((await host.Runtime.SendSignalAsync("Paye", "Z")).Queued);
        var started = await host.Runtime.StartAsync(id, correlationId: "Z");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<WfQueuedStimulus>().CountAsync()));
    }
}
