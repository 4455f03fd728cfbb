using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class VersioningTests : SqliteTestBase
{
    [Fact]
    public async Task Running_instances_keep_their_version_after_a_new_publish()
    {
        var id = Fixtures.Workflows.NewId("versions");
        await Host.PublishAsync(Version(id, "v1"));
        var old = await Host.Runtime.StartAsync(id, correlationId: "V");
        await Host.PublishAsync(Version(id, "v2"));
        var fresh = await Host.Runtime.StartAsync(id, correlationId: "W");

        await Host.Runtime.SendSignalAsync("Go-" + id, "V");
        await Host.Runtime.SendSignalAsync("Go-" + id, "W");

        Assert.Equal("v1", (await Host.VariablesAsync(old.InstanceId))["label"]!.GetValue<string>());
        Assert.Equal("v2", (await Host.VariablesAsync(fresh.InstanceId))["label"]!.GetValue<string>());
        Assert.Equal(1, (await Host.InstanceAsync(old.InstanceId)).DefinitionVersion);
        Assert.Equal(2, (await Host.InstanceAsync(fresh.InstanceId)).DefinitionVersion);
    }

    [Fact]
    public async Task Retract_stops_new_instances_and_rollback_makes_a_new_draft_from_an_old_version()
    {
        var id = Fixtures.Workflows.NewId("retract");
        await Host.PublishAsync(Version(id, "v1"));
        await Host.PublishAsync(Version(id, "v2"));
        await using var scope = Host.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();

        Assert.True(await definitions.RetractAsync(id));
        await Assert.ThrowsAsync<WorkflowDefinitionException>(() => Host.Runtime.StartAsync(id));

        var draft = await definitions.RollbackAsync(id, 1);
        Assert.NotNull(draft);
        Assert.Equal(3, draft.Version);
        Assert.Equal(DefinitionStatus.Draft, draft.Status);
        Assert.True((await definitions.PublishAsync(id)).Published);
        var started = await Host.Runtime.StartAsync(id, correlationId: "R");
        await Host.Runtime.SendSignalAsync("Go-" + id, "R");
        Assert.Equal("v1", (await Host.VariablesAsync(started.InstanceId))["label"]!.GetValue<string>());
        Assert.Equal([3, 2, 1], (await definitions.VersionsAsync(id)).Select(v => v.Version));
    }

    [Fact]
    public async Task Publish_if_absent_publishes_once()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
        var id = Fixtures.Workflows.NewId("shipped");

        Assert.True((await definitions.PublishIfAbsentAsync(Fixtures.Workflows.Review(id))).Published);
        Assert.False((await definitions.PublishIfAbsentAsync(Fixtures.Workflows.Review(id))).Published);
        Assert.Single(await definitions.VersionsAsync(id));
    }

    [Fact]
    public async Task A_restarted_process_resumes_an_instance_waiting_in_the_database()
    {
        var id = Fixtures.Workflows.NewId("restart");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id);
        var task = await Host.OpenTaskAsync(started.InstanceId);

        await using var restarted = new WorkflowHost(Database);
        Assert.Equal(TaskCompletionResult.Completed, await restarted.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, "marie"));

        Assert.Equal(WorkflowStatus.Finished, (await restarted.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(1, await restarted.OutboxCountAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_dispatched_instance_abandoned_by_a_crashed_node_is_run_after_its_lease_expires()
    {
        var id = Fixtures.Workflows.NewId("dispatch");
        await Host.PublishAsync(Fixtures.Workflows.DelayThenMail(id, "PT1M"));
        var instanceId = await Host.Runtime.DispatchAsync(id);
        await Host.QueryAsync(async db =>
        {
            var instance = await db.Set<WfInstance>().FindAsync(instanceId);
            instance!.LeaseOwner = "crashed-node";
            instance.LeaseExpiresAt = Host.Time.GetUtcNow().UtcDateTime.AddSeconds(30);
            return await db.SaveChangesAsync();
        });

        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Running, (await Host.InstanceAsync(instanceId)).Status);

        Host.Time.Advance(TimeSpan.FromSeconds(31));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(instanceId)).Status);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(instanceId)).Status);
    }

    private static WorkflowDefinitionModel Version(string id, string label) => new WorkflowBuilder(id, "Versions")
        .Add("start", "Start")
        .Add("wait", "WaitForSignal", a => a.Literal("Signal", "Go-" + id))
        .Add("set", "SetVariable", a => a.Literal("Variable", "label").Literal("Value", label))
        .Sequence("start", "wait", "set")
        .Build();
}
