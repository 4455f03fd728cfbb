using System.Net;
using System.Net.Http.Json;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Workflows.Tests.Http;

/// <summary>GET /instances/{id}/tasks: the "Tâches humaines" tab of the instance viewer.</summary>
public sealed class InstanceTaskEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private readonly HttpClient staff = fixture.Host.Gestionnaire();

    [Fact]
    public async Task An_instance_lists_its_human_tasks_open_and_done_whoever_they_are_offered_to()
    {
        var id = Fixtures.Workflows.NewId("api-instance-tasks");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: "fiche-12");
        var other = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: "fiche-13");

        var open = Assert.Single((await staff.GetFromJsonAsync<List<WfHumanTask>>($"instances/{started.InstanceId}/tasks"))!);
        Assert.Equal(("review", "Vérifier la fiche", HumanTaskStatus.Open, started.InstanceId), (open.ActivityId, open.Title, open.Status, open.InstanceId));
        var admin = fixture.Host.Client("paul.compta", "Comptable", ApiRoles.Admin);
        Assert.Single((await admin.GetFromJsonAsync<List<WfHumanTask>>($"instances/{started.InstanceId}/tasks"))!);

        Assert.Equal(TaskCompletionResult.Completed, await fixture.Host.Engine.Runtime.CompleteTaskAsync(open.Id, "Refuser", null, "marie.gestion"));
        var done = Assert.Single((await staff.GetFromJsonAsync<List<WfHumanTask>>($"instances/{started.InstanceId}/tasks"))!);
        Assert.Equal((HumanTaskStatus.Completed, "Refuser", "marie.gestion"), (done.Status, done.Outcome, done.CompletedBy));
        Assert.Equal(HumanTaskStatus.Open, Assert.Single((await staff.GetFromJsonAsync<List<WfHumanTask>>($"instances/{other.InstanceId}/tasks"))!).Status);
    }

    [Fact]
    public async Task An_unknown_instance_has_no_tasks_to_show()
    {
        var response = await staff.GetAsync($"instances/{Guid.NewGuid()}/tasks");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
