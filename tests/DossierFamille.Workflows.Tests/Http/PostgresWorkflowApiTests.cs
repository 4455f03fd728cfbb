using System.Net;
using System.Net.Http.Json;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Workflows.Tests.Http;

/// <summary>The designer's and the gestionnaire's path through the API on PostgreSQL.</summary>
public sealed class PostgresWorkflowApiTests(PostgresApiFixture fixture) : IClassFixture<PostgresApiFixture>
{
    [Fact]
    public async Task A_definition_published_over_http_runs_to_its_email_when_its_task_is_completed()
    {
        var id = Fixtures.Workflows.NewId("pg-api");
        var admin = fixture.Host.Admin();
        var marie = fixture.Host.Gestionnaire("marie");
        await (await admin.PutAsync($"definitions/{id}/draft", ApiJson.Definition(Fixtures.Workflows.Review(id)))).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"definitions/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var started = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: id);

        var task = Assert.Single((await marie.GetFromJsonAsync<List<WfHumanTask>>("tasks"))!, t => t.InstanceId == started.InstanceId);
        await (await marie.PostAsync($"tasks/{task.Id}/claim", null)).ExpectAsync(HttpStatusCode.NoContent);
        await (await marie.PostAsJsonAsync($"tasks/{task.Id}/complete", new CompleteTaskRequest("Accepter", null))).ExpectAsync(HttpStatusCode.OK);
        await (await marie.PostAsJsonAsync($"tasks/{task.Id}/complete", new CompleteTaskRequest("Accepter", null))).ExpectAsync(HttpStatusCode.Conflict);

        var finished = await marie.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&status=Finished&correlationId={id}");
        Assert.Equal(started.InstanceId, Assert.Single(finished!).Id);
        var details = await marie.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal(["start", "review", "review", "accept", "decide", "mailOk", "end"], details!.Journal.Select(j => j.ActivityId));
        Assert.Equal(1, await fixture.Host.Engine.OutboxCountAsync(started.InstanceId));
    }
}
