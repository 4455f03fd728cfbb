using System.Net;
using System.Net.Http.Json;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class InstanceEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private readonly HttpClient staff = fixture.Host.Gestionnaire();

    private IWorkflowRuntime Runtime => fixture.Host.Engine.Runtime;

    [Fact]
    public async Task Instances_are_filtered_by_definition_status_and_correlation()
    {
        var id = Fixtures.Workflows.NewId("api-list");
        var other = Fixtures.Workflows.NewId("api-list-other");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "ListSignal"));
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(other, "ListSignal"));
        var waiting = await Runtime.StartAsync(id, correlationId: id + "-a");
        var finished = await Runtime.StartAsync(id, correlationId: id + "-b");
        var elsewhere = await Runtime.StartAsync(other, correlationId: id + "-a");
        await Runtime.SendSignalAsync("ListSignal", id + "-b");

        var ofDefinition = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}");
        Assert.Equal(new[] { finished.InstanceId, waiting.InstanceId }.Order(), ofDefinition!.Select(i => i.Id).Order());
        var suspended = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&status=Suspended");
        var only = Assert.Single(suspended!);
        Assert.Equal((waiting.InstanceId, "Suspended", id + "-a", 1), (only.Id, only.Status, only.CorrelationId, only.DefinitionVersion));
        var done = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&status=Finished");
        Assert.Equal(finished.InstanceId, Assert.Single(done!).Id);
        Assert.NotNull(done![0].FinishedAt);
        var correlated = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?correlationId={id}-a");
        Assert.Equal(new[] { waiting.InstanceId, elsewhere.InstanceId }.Order(), correlated!.Select(i => i.Id).Order());
        var firstPage = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&take=1");
        var secondPage = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&skip=1&take=1");
        Assert.Equal(ofDefinition!.Select(i => i.Id), firstPage!.Concat(secondPage!).Select(i => i.Id));

        var badStatus = await (await staff.GetAsync("instances?status=Perdu")).ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Contains("« Perdu »", badStatus.Detail, StringComparison.Ordinal);
        Assert.Contains("Suspended", badStatus.Detail, StringComparison.Ordinal);
        var lowerCase = await staff.GetFromJsonAsync<List<InstanceSummary>>($"instances?definitionId={id}&status=suspended");
        Assert.Equal(waiting.InstanceId, Assert.Single(lowerCase!).Id);
    }

    [Fact]
    public async Task An_instance_comes_with_its_journal_variables_and_statistics()
    {
        var id = Fixtures.Workflows.NewId("api-details");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));
        var started = await Runtime.StartAsync(id, correlationId: "fiche-7");

        var details = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal(("Suspended", "fiche-7"), (details!.Instance.Status, details.Instance.CorrelationId));
        Assert.Equal(["start:Completed", "review:Suspended"], details.Journal.Select(j => $"{j.ActivityId}:{j.EventName}"));
        Assert.False(details.Variables["accepted"]!.GetValue<bool>());
        Assert.Empty(details.Incidents);

        var waitingStats = await staff.GetFromJsonAsync<List<NodeStatistics>>($"instances/{started.InstanceId}/statistics");
        Assert.Equal(new NodeStatistics("review", 0, 0, 1, 0), Assert.Single(waitingStats!, s => s.ActivityId == "review"));
        Assert.Equal(new NodeStatistics("start", 1, 0, 0, 0), Assert.Single(waitingStats!, s => s.ActivityId == "start"));

        var task = await fixture.Host.Engine.OpenTaskAsync(started.InstanceId);
        await Runtime.CompleteTaskAsync(task.Id, "Accepter", null, "marie");
        var after = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal("Finished", after!.Instance.Status);
        Assert.True(after.Variables["accepted"]!.GetValue<bool>());
        Assert.Equal("Accepter", after.Variables["review"]!["outcome"]!.GetValue<string>());
        Assert.Equal("True", Assert.Single(after.Journal, j => j.ActivityId == "decide").Outcome);
        var finishedStats = await staff.GetFromJsonAsync<List<NodeStatistics>>($"instances/{started.InstanceId}/statistics");
        Assert.Equal(new NodeStatistics("review", 1, 0, 0, 0), Assert.Single(finishedStats!, s => s.ActivityId == "review"));
        Assert.DoesNotContain(finishedStats!, s => s.ActivityId == "mailKo");
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_incident_and_retry_runs_the_activity_again()
    {
        var id = Fixtures.Workflows.NewId("api-retry");
        await fixture.Host.Engine.PublishAsync(new WorkflowBuilder(id, "Instable")
            .Add("start", "Start")
            .Add("flaky", "Flaky")
            .Add("end", "End")
            .Sequence("start", "flaky", "end")
            .Build());
        fixture.Host.Engine.Flaky.Fail = true;
        var started = await Runtime.StartAsync(id);

        var faulted = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal("Faulted", faulted!.Instance.Status);
        var incident = Assert.Single(faulted.Incidents);
        Assert.Equal(("flaky", "Flaky"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("indisponible", incident.Message, StringComparison.Ordinal);
        Assert.Null(incident.ResolvedAt);
        var stats = await staff.GetFromJsonAsync<List<NodeStatistics>>($"instances/{started.InstanceId}/statistics");
        Assert.Equal(1, Assert.Single(stats!, s => s.ActivityId == "flaky").Faulted);

        fixture.Host.Engine.Flaky.Fail = false;
        await (await staff.PostAsync($"instances/{started.InstanceId}/retry", null)).ExpectAsync(HttpStatusCode.NoContent);

        var retried = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal("Finished", retried!.Instance.Status);
        Assert.NotNull(Assert.Single(retried.Incidents).ResolvedAt);
        Assert.Equal(["start:Completed", "flaky:Faulted", "flaky:Completed", "end:Completed"], retried.Journal.Select(j => $"{j.ActivityId}:{j.EventName}"));
    }

    [Fact]
    public async Task A_waiting_instance_can_be_cancelled_and_then_ignores_its_signal()
    {
        var id = Fixtures.Workflows.NewId("api-cancel");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "CancelSignal"));
        var started = await Runtime.StartAsync(id, correlationId: id);

        await (await staff.PostAsync($"instances/{started.InstanceId}/cancel", null)).ExpectAsync(HttpStatusCode.NoContent);

        var details = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{started.InstanceId}");
        Assert.Equal("Cancelled", details!.Instance.Status);
        Assert.Contains(details.Journal, j => j.ActivityId == "wait" && j.EventName == JournalEvents.Cancelled);
        var signal = await (await staff.PostAsJsonAsync("signals/CancelSignal", new SignalRequest(id, null))).ReadAsync<SignalResult>();
        Assert.Equal(0, signal.Resumed);
        Assert.Equal(0, await fixture.Host.Engine.OutboxCountAsync(started.InstanceId));
    }

    [Fact]
    public async Task Unknown_instances_are_not_found()
    {
        var unknown = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"instances/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"instances/{unknown}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"instances/{unknown}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"instances/{unknown}/skip", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"instances/{unknown}/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("instances/pas-un-guid")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_finished_instance_or_retrying_one_without_incident_is_a_conflict()
    {
        var id = Fixtures.Workflows.NewId("api-state");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "StateSignal"));
        var waiting = await Runtime.StartAsync(id, correlationId: id);

        var retry = await (await staff.PostAsync($"instances/{waiting.InstanceId}/retry", null)).ReadAsync<ProblemDetails>(HttpStatusCode.Conflict);
        Assert.Contains("aucune activité en erreur", retry.Detail, StringComparison.Ordinal);
        await (await staff.PostAsync($"instances/{waiting.InstanceId}/skip", null)).ExpectAsync(HttpStatusCode.Conflict);
        await Runtime.SendSignalAsync("StateSignal", id);
        var cancel = await (await staff.PostAsync($"instances/{waiting.InstanceId}/cancel", null)).ReadAsync<ProblemDetails>(HttpStatusCode.Conflict);

        Assert.Contains("déjà terminée", cancel.Detail, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Finished, (await fixture.Host.Engine.InstanceAsync(waiting.InstanceId)).Status);
    }
}
