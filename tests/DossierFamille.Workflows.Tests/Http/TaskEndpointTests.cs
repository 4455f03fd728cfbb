using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class TaskEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task A_gestionnaire_sees_the_tasks_of_their_role_and_not_those_of_another_role()
    {
        var review = Fixtures.Workflows.NewId("api-tasks");
        var accounting = Fixtures.Workflows.NewId("api-tasks-compta");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(review));
        await fixture.Host.Engine.PublishAsync(SingleTask(accounting, "Comptable"));
        var mine = await fixture.Host.Engine.Runtime.StartAsync(review, correlationId: "fiche-1");
        var theirs = await fixture.Host.Engine.Runtime.StartAsync(accounting);

        var tasks = await fixture.Host.Gestionnaire().GetFromJsonAsync<List<WfHumanTask>>("tasks");

        var task = Assert.Single(tasks!, t => t.InstanceId == mine.InstanceId);
        Assert.Equal(("Vérifier la fiche", "Gestionnaire", "fiche-1", "Accepter|Refuser"), (task.Title, task.Role, task.CorrelationId, task.Outcomes));
        Assert.DoesNotContain(tasks!, t => t.InstanceId == theirs.InstanceId);
        var accountant = await fixture.Host.Client("paul.compta", "Comptable", ApiRoles.Admin).GetFromJsonAsync<List<WfHumanTask>>("tasks");
        Assert.Contains(accountant!, t => t.InstanceId == theirs.InstanceId);
        Assert.DoesNotContain(accountant!, t => t.InstanceId == mine.InstanceId);
    }

    [Fact]
    public async Task A_claimed_task_is_completed_with_an_outcome_and_completing_it_again_changes_nothing()
    {
        var id = Fixtures.Workflows.NewId("api-complete");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: "fiche-2");
        var taskId = (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Id;
        var marie = fixture.Host.Gestionnaire("marie");
        var paul = fixture.Host.Gestionnaire("paul");

        await (await marie.PostAsync($"tasks/{taskId}/claim", null)).ExpectAsync(HttpStatusCode.NoContent);
        await (await marie.PostAsync($"tasks/{taskId}/claim", null)).ExpectAsync(HttpStatusCode.NoContent);
        await (await paul.PostAsync($"tasks/{taskId}/claim", null)).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("marie", (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).ClaimedBy);

        var completed = await marie.PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Refuser", new JsonObject { ["motif"] = "Pièce illisible" }));
        await completed.ExpectAsync(HttpStatusCode.OK);
        var again = await marie.PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Accepter", null));
        var problem = await again.ReadAsync<ProblemDetails>(HttpStatusCode.Conflict);
        Assert.Contains("déjà été traitée", problem.Detail, StringComparison.Ordinal);

        var stored = await fixture.Host.Engine.QueryAsync(db => db.Set<WfHumanTask>().AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal((HumanTaskStatus.Completed, "Refuser", "marie"), (stored.Status, stored.Outcome, stored.CompletedBy));
        Assert.Equal("Pièce illisible", JsonNode.Parse(stored.FormDataJson!)!["motif"]!.GetValue<string>());
        var mail = await fixture.Host.Engine.QueryAsync(db => db.Outbox.SingleAsync(o => o.InstanceId == started.InstanceId));
        Assert.Equal("Fiche refusée", mail.Subject);
        var details = await marie.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal("Finished", details!.Instance.Status);
        Assert.Equal("Pièce illisible", details.Variables["review"]!["formData"]!["motif"]!.GetValue<string>());
        Assert.DoesNotContain((await marie.GetFromJsonAsync<List<WfHumanTask>>("tasks"))!, t => t.Id == taskId);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_offer_is_refused_with_a_clear_error()
    {
        var id = Fixtures.Workflows.NewId("api-outcome");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await fixture.Host.Engine.Runtime.StartAsync(id);
        var taskId = (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Id;

        var response = await fixture.Host.Gestionnaire().PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Peut-être", null));

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Contains("« Peut-être »", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Accepter, Refuser", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Status);
        Assert.Equal(0, await fixture.Host.Engine.OutboxCountAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_task_of_another_role_can_be_neither_claimed_nor_completed()
    {
        var id = Fixtures.Workflows.NewId("api-foreign");
        await fixture.Host.Engine.PublishAsync(SingleTask(id, "Comptable"));
        var started = await fixture.Host.Engine.Runtime.StartAsync(id);
        var taskId = (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Id;
        var gestionnaire = fixture.Host.Gestionnaire();

        var refused = await (await gestionnaire.PostAsync($"tasks/{taskId}/claim", null)).ReadAsync<ProblemDetails>(HttpStatusCode.Forbidden);
        Assert.Contains("rôle « Comptable »", refused.Detail, StringComparison.Ordinal);
        await (await gestionnaire.PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Payer", null))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Null((await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).ClaimedBy);
        await (await fixture.Host.Client("paul.compta", "Comptable", ApiRoles.Gestionnaire).PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Payer", null)))
            .ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_task_assigned_to_a_person_is_theirs_and_one_for_nobody_in_particular_is_offered_to_all_staff()
    {
        var assigned = Fixtures.Workflows.NewId("api-assigned");
        var open = Fixtures.Workflows.NewId("api-open");
        await fixture.Host.Engine.PublishAsync(SingleTask(assigned, role: null, assignee: "paul"));
        await fixture.Host.Engine.PublishAsync(SingleTask(open, role: null));
        var forPaul = await fixture.Host.Engine.Runtime.StartAsync(assigned);
        var forAll = await fixture.Host.Engine.Runtime.StartAsync(open);
        var paulsTask = (await fixture.Host.Engine.OpenTaskAsync(forPaul.InstanceId)).Id;
        var marie = fixture.Host.Gestionnaire("marie");

        var mine = await marie.GetFromJsonAsync<List<WfHumanTask>>("tasks");
        Assert.DoesNotContain(mine!, t => t.InstanceId == forPaul.InstanceId);
        var openTask = Assert.Single(mine!, t => t.InstanceId == forAll.InstanceId);
        Assert.Null(openTask.Role);
        var refused = await (await marie.PostAsync($"tasks/{paulsTask}/claim", null)).ReadAsync<ProblemDetails>(HttpStatusCode.Forbidden);
        Assert.Contains("assignée à paul", refused.Detail, StringComparison.Ordinal);
        await (await marie.PostAsync($"tasks/{openTask.Id}/claim", null)).ExpectAsync(HttpStatusCode.NoContent);

        var paul = fixture.Host.Client("paul", ApiRoles.Admin);
        Assert.Contains((await paul.GetFromJsonAsync<List<WfHumanTask>>("tasks"))!, t => t.Id == paulsTask);
        await (await paul.PostAsJsonAsync($"tasks/{paulsTask}/complete", new CompleteTaskRequest("Payer", null))).ExpectAsync(HttpStatusCode.OK);
        await (await paul.PostAsJsonAsync($"tasks/{openTask.Id}/complete", new CompleteTaskRequest("Payer", null))).ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_task_claimed_by_a_colleague_cannot_be_completed_by_someone_else()
    {
        var id = Fixtures.Workflows.NewId("api-claimed");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await fixture.Host.Engine.Runtime.StartAsync(id);
        var taskId = (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Id;
        await (await fixture.Host.Gestionnaire("marie").PostAsync($"tasks/{taskId}/claim", null)).ExpectAsync(HttpStatusCode.NoContent);

        var response = await fixture.Host.Gestionnaire("paul").PostAsJsonAsync($"tasks/{taskId}/complete", new CompleteTaskRequest("Accepter", null));

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.Conflict);
        Assert.Contains("marie", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await fixture.Host.Engine.OpenTaskAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Unknown_tasks_are_not_found()
    {
        var client = fixture.Host.Gestionnaire();

        await (await client.PostAsync($"tasks/{Guid.NewGuid()}/claim", null)).ExpectAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"tasks/{Guid.NewGuid()}/complete", new CompleteTaskRequest("Accepter", null))).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{ \"outcome\": ", "JSON invalide")]
    [InlineData("{ \"outcome\": [\"Accepter\"] }", "JSON invalide")]
    [InlineData("{ \"formData\": {} }", "outcome")]
    public async Task A_malformed_completion_gets_a_readable_problem(string body, string expected)
    {
        var response = await fixture.Host.Gestionnaire().PostAsync($"tasks/{Guid.NewGuid()}/complete", ApiJson.Raw(body));

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, problem.Detail, StringComparison.Ordinal);
    }

    private static WorkflowDefinitionModel SingleTask(string id, string? role, string? assignee = null) => new WorkflowBuilder(id, "Paiement")
        .Add("start", "Start")
        .Add("pay", "HumanTask", a => a.Literal("Title", "Payer la facture").Literal("Role", role ?? "").Literal("Assignee", assignee ?? "").Literal("Outcomes", "Payer"))
        .Add("end", "End")
        .Sequence("start", "pay")
        .Connect("pay", "end", "Payer")
        .Build();
}
