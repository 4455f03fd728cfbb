using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class HumanTaskTests : SqliteTestBase
{
    [Fact]
    public async Task Accepted_task_takes_the_true_branch_and_puts_one_email_in_the_outbox()
    {
        var id = Fixtures.Workflows.NewId("review");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id, correlationId: "fiche-42");
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        var task = await Host.OpenTaskAsync(started.InstanceId);
        Assert.Equal("Gestionnaire", task.Role);
        Assert.Equal(["Accepter", "Refuser"], task.AllowedOutcomes);

        var result = await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", new System.Text.Json.Nodes.JsonObject { ["motif"] = "ok" }, "marie");
        Assert.Equal(TaskCompletionResult.Completed, result);
        var instance = await Host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var mail = await Host.QueryAsync(db => db.Outbox.SingleAsync(o => o.InstanceId == started.InstanceId));
        Assert.Equal("Fiche acceptée", mail.Subject);
        Assert.Contains("fiche-42", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_a_task_twice_is_a_no_op()
    {
        var id = Fixtures.Workflows.NewId("review");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id);
        var task = await Host.OpenTaskAsync(started.InstanceId);

        Assert.Equal(TaskCompletionResult.Completed, await Host.Runtime.CompleteTaskAsync(task.Id, "Refuser", null, "marie"));
        Assert.Equal(TaskCompletionResult.AlreadyCompleted, await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, "paul"));

        Assert.Equal(1, await Host.OutboxCountAsync(started.InstanceId));
        var stored = await Host.QueryAsync(db => db.Set<WfHumanTask>().SingleAsync(t => t.Id == task.Id));
        Assert.Equal("Refuser", stored.Outcome);
        Assert.Equal("marie", stored.CompletedBy);
    }

    [Fact]
    public async Task An_outcome_that_is_not_allowed_is_rejected()
    {
        var id = Fixtures.Workflows.NewId("review");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id);
        var task = await Host.OpenTaskAsync(started.InstanceId);

        Assert.Equal(TaskCompletionResult.InvalidOutcome, await Host.Runtime.CompleteTaskAsync(task.Id, "Peut-être", null, "marie"));
        Assert.Equal(HumanTaskStatus.Open, (await Host.OpenTaskAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task A_task_is_claimed_by_one_person_only()
    {
        var id = Fixtures.Workflows.NewId("review");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id);
        var task = await Host.OpenTaskAsync(started.InstanceId);
        var marie = new TaskActor("marie", ["Gestionnaire"]);
        var paul = new TaskActor("paul", ["Gestionnaire"]);

        Assert.Equal(TaskClaimResult.Claimed, await Host.Runtime.ClaimTaskAsync(task.Id, marie));
        Assert.Equal(TaskClaimResult.Claimed, await Host.Runtime.ClaimTaskAsync(task.Id, marie));
        Assert.Equal(TaskClaimResult.ClaimedByOther, await Host.Runtime.ClaimTaskAsync(task.Id, paul));
        Assert.Equal(TaskCompletionResult.ClaimedByOther, await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, paul));
        Assert.Equal(TaskCompletionResult.Completed, await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, marie));
        Assert.Equal(TaskClaimResult.AlreadyCompleted, await Host.Runtime.ClaimTaskAsync(task.Id, paul));
    }

    [Fact]
    public async Task A_task_for_a_role_is_offered_only_to_that_role_or_its_assignee()
    {
        var id = Fixtures.Workflows.NewId("review");
        await Host.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Host.Runtime.StartAsync(id);
        var task = await Host.OpenTaskAsync(started.InstanceId);
        var accountant = new TaskActor("paul", ["Comptable", "Admin"]);

        Assert.Equal(TaskClaimResult.Forbidden, await Host.Runtime.ClaimTaskAsync(task.Id, accountant));
        Assert.Equal(TaskCompletionResult.Forbidden, await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, accountant));
        Assert.Equal(HumanTaskStatus.Open, (await Host.OpenTaskAsync(started.InstanceId)).Status);
        Assert.Equal(TaskClaimResult.NotFound, await Host.Runtime.ClaimTaskAsync(Guid.NewGuid(), accountant));

        Assert.True(task.IsOfferedTo("marie", ["Gestionnaire"]));
        Assert.False(task.IsOfferedTo("marie", ["gestionnaire"]));
        Assert.True(new WfHumanTask { Role = "Comptable", Assignee = "marie" }.IsOfferedTo("marie", []));
        Assert.True(new WfHumanTask { ClaimedBy = "marie" }.IsOfferedTo("marie", []));
        Assert.False(new WfHumanTask { Assignee = "paul" }.IsOfferedTo("marie", ["Gestionnaire"]));
        Assert.True(new WfHumanTask().IsOfferedTo("marie", []));
    }
}
