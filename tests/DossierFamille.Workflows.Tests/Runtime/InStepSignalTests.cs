using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class InStepSignalTests : SqliteTestBase
{
    [Fact]
    public async Task A_signal_sent_by_an_activity_resumes_the_waiting_instance_in_the_same_step()
    {
        var waiterId = Fixtures.Workflows.NewId("waiter");
        var senderId = Fixtures.Workflows.NewId("sender");
        await Host.PublishAsync(Fixtures.Workflows.WaitSignal(waiterId, "DossierComplet"));
        await Host.PublishAsync(Sender(senderId, "DossierComplet", "enfant:7"));
        var waiter = await Host.Runtime.StartAsync(waiterId, correlationId: "enfant:7");
        var other = await Host.Runtime.StartAsync(waiterId, correlationId: "enfant:8");

        var sender = await Host.Runtime.StartAsync(senderId);

        Assert.Equal(WorkflowStatus.Finished, sender.Status);
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(waiter.InstanceId)).Status);
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(other.InstanceId)).Status);
        Assert.Equal("7", (await Host.VariablesAsync(waiter.InstanceId))["received"]!["enfant"]!.GetValue<string>());
        Assert.Equal(1, await Host.OutboxCountAsync(waiter.InstanceId));
    }

    [Fact]
    public async Task A_signal_nobody_waits_for_is_queued_and_a_trigger_starts_its_workflow()
    {
        var waiterId = Fixtures.Workflows.NewId("later");
        var triggeredId = Fixtures.Workflows.NewId("triggered");
        var signal = "Complet-" + triggeredId;
        await Host.PublishAsync(Fixtures.Workflows.WaitSignal(waiterId, "Complet-" + waiterId));
        await Host.PublishAsync(new WorkflowBuilder(triggeredId, "Démarré par signal")
            .Add("on", "WaitForSignal", a => a.Literal("Signal", signal).Literal("ResultVariable", "received"))
            .Add("row", "AddDomainRow", a => a.Literal("Label", "started"))
            .Add("end", "End")
            .Sequence("on", "row", "end")
            .Build());
        var queuedSender = Fixtures.Workflows.NewId("s1");
        var triggerSender = Fixtures.Workflows.NewId("s2");
        await Host.PublishAsync(Sender(queuedSender, "Complet-" + waiterId, "enfant:9"));
        await Host.PublishAsync(Sender(triggerSender, signal, "enfant:9"));

        var first = await Host.Runtime.StartAsync(queuedSender);
        var second = await Host.Runtime.StartAsync(triggerSender);

        Assert.Equal(WorkflowStatus.Finished, first.Status);
        Assert.Equal(WorkflowStatus.Finished, second.Status);
        Assert.True(await Host.QueryAsync(db => db.Set<WfQueuedStimulus>().AnyAsync(q => q.Name == "Complet-" + waiterId && q.CorrelationId == "enfant:9")));
        var started = await Host.QueryAsync(db => db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.DefinitionId == triggeredId));
        Assert.Equal(("enfant:9", WorkflowStatus.Finished), (started.CorrelationId, started.Status));
        Assert.Equal(1, await Host.QueryAsync(db => db.DomainRows.CountAsync(r => r.InstanceId == started.Id)));

        var late = await Host.Runtime.StartAsync(waiterId, correlationId: "enfant:9");
        Assert.Equal(WorkflowStatus.Finished, late.Status);
    }

    [Fact]
    public async Task A_signal_sent_by_an_activity_that_faults_is_not_delivered()
    {
        var waiterId = Fixtures.Workflows.NewId("waiter");
        var senderId = Fixtures.Workflows.NewId("faulty");
        await Host.PublishAsync(Fixtures.Workflows.WaitSignal(waiterId, "Pret"));
        await Host.PublishAsync(new WorkflowBuilder(senderId, "Signal puis échec")
            .Add("start", "Start")
            .Add("send", "SignalThenMaybeFail", a => a.Literal("Signal", "Pret"))
            .Add("end", "End")
            .Sequence("start", "send", "end")
            .Build());
        var waiter = await Host.Runtime.StartAsync(waiterId, correlationId: "c-1");

        var faulted = await Host.Runtime.StartAsync(senderId, correlationId: "c-1");
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(waiter.InstanceId)).Status);
        Assert.False(await Host.QueryAsync(db => db.Set<WfQueuedStimulus>().AnyAsync(q => q.CorrelationId == "c-1")));

        Host.Flaky.Fail = false;
        Assert.True(await Host.Runtime.RetryAsync(faulted.InstanceId));
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(waiter.InstanceId)).Status);
    }

    [Fact]
    public async Task Wait_for_signal_with_a_date_continues_at_that_date_without_a_signal_and_leaves_no_timer_when_signalled()
    {
        var id = Fixtures.Workflows.NewId("until");
        await Host.PublishAsync(new WorkflowBuilder(id, "Attente bornée")
            .Add("start", "Start")
            .Add("wait", "WaitForSignal", a => a.Literal("Signal", "Modifiee").Literal("ResultVariable", "received").Literal("Until", "2026-01-10T08:00:00Z"))
            .Add("row", "AddDomainRow", a => a.Literal("Label", "after"))
            .Add("end", "End")
            .Sequence("start", "wait", "row", "end")
            .Build());
        var timedOut = await Host.Runtime.StartAsync(id, correlationId: "t-1");
        var signalled = await Host.Runtime.StartAsync(id, correlationId: "t-2");

        await Host.Runtime.SendSignalAsync("Modifiee", "t-2", Fixtures.Workflows.Payload("ouverture", "2026-01-07"));
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(signalled.InstanceId)).Status);
        Assert.False(await Host.QueryAsync(db => db.Set<WfTimer>().AnyAsync(t => t.InstanceId == signalled.InstanceId)));

        Host.Time.SetUtcNow(new DateTimeOffset(2026, 1, 10, 7, 59, 0, TimeSpan.Zero));
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(timedOut.InstanceId)).Status);
        Host.Time.Advance(TimeSpan.FromMinutes(2));
        await Host.PollAsync();
        await Host.PollAsync();
        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(timedOut.InstanceId)).Status);
        Assert.Null((await Host.VariablesAsync(timedOut.InstanceId))["received"]);
        Assert.Equal(1, await Host.QueryAsync(db => db.DomainRows.CountAsync(r => r.InstanceId == timedOut.InstanceId)));
    }

    private static WorkflowDefinitionModel Sender(string id, string signal, string correlation) => new WorkflowBuilder(id, "Envoi de signal")
        .Add("start", "Start")
        .Add("send", "SendSignal", a => a.Literal("Signal", signal).Literal("CorrelationId", correlation).JavaScript("Payload", "({ enfant: '" + correlation.Split(':')[1] + "' })"))
        .Add("end", "End")
        .Sequence("start", "send", "end")
        .Build();
}
