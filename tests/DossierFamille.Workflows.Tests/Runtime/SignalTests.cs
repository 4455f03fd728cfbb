using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class SignalTests : SqliteTestBase
{
    [Fact]
    public async Task A_signal_resumes_the_instance_waiting_with_the_same_correlation()
    {
        var id = Fixtures.Workflows.NewId("signal");
        await Host.PublishAsync(Fixtures.Workflows.WaitSignal(id, "FicheTransmise"));
        var a = await Host.Runtime.StartAsync(id, correlationId: "A");
        var b = await Host.Runtime.StartAsync(id, correlationId: "B");

        var result = await Host.Runtime.SendSignalAsync("FicheTransmise", "A", Fixtures.Workflows.Payload("ficheId", "12"));

        Assert.Equal(new SignalResult(1, 0, false), result);
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(a.InstanceId)).Status);
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(b.InstanceId)).Status);
        Assert.Equal("12", (await Host.VariablesAsync(a.InstanceId))["received"]!["ficheId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_signal_sent_before_its_bookmark_is_queued_and_delivered_when_the_bookmark_appears()
    {
        var id = Fixtures.Workflows.NewId("early");
        await Host.PublishAsync(Fixtures.Workflows.WaitSignal(id, "PieceDeposee"));

        var early = await Host.Runtime.SendSignalAsync("PieceDeposee", "C", Fixtures.Workflows.Payload("piece", "caf"));
        Assert.True(early.Queued);

        var started = await Host.Runtime.StartAsync(id, correlationId: "C");
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(1, await Host.OutboxCountAsync(started.InstanceId));
        Assert.Equal("caf", (await Host.VariablesAsync(started.InstanceId))["received"]!["piece"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_signal_trigger_starts_a_new_instance_once_per_correlation()
    {
        var id = Fixtures.Workflows.NewId("trigger");
        var model = new WorkflowBuilder(id, "Démarrage sur signal")
            .Add("onSubmit", "WaitForSignal", a => a.Literal("Signal", "Trigger-" + id).Literal("ResultVariable", "fiche"))
            .Add("task", "HumanTask", a => a.Literal("Title", "Relire").Literal("Outcomes", "Ok"))
            .Add("end", "End")
            .Connect("onSubmit", "task")
            .Connect("task", "end", "Ok")
            .Build();
        await Host.PublishAsync(model);

        var first = await Host.Runtime.SendSignalAsync("Trigger-" + id, "F1", Fixtures.Workflows.Payload("n", "1"));
        var duplicate = await Host.Runtime.SendSignalAsync("Trigger-" + id, "F1", Fixtures.Workflows.Payload("n", "1"));

        Assert.Equal(1, first.Started);
        Assert.Equal(0, duplicate.Started);
        var instances = await Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Where(db.Set<Persistence.WfInstance>(), i => i.DefinitionId == id)));
        var instance = Assert.Single(instances);
        Assert.Equal("F1", instance.CorrelationId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
    }
}
