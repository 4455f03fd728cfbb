using System.Net;
using System.Net.Http.Json;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class SignalEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private readonly HttpClient staff = fixture.Host.Gestionnaire();

    [Fact]
    public async Task A_signal_resumes_the_instance_waiting_with_its_correlation_and_hands_it_the_payload()
    {
        var id = Fixtures.Workflows.NewId("api-signal");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "ApiFicheTransmise"));
        var waiting = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: id);

        var result = await (await staff.PostAsJsonAsync("signals/ApiFicheTransmise", new SignalRequest(id, Fixtures.Workflows.Payload("ficheId", "12")))).ReadAsync<SignalResult>();

        Assert.Equal(new SignalResult(1, 0, false), result);
        var details = await staff.GetFromJsonAsync<InstanceDetails>($"instances/{waiting.InstanceId}");
        Assert.Equal("Finished", details!.Instance.Status);
        Assert.Equal("12", details.Variables["received"]!["ficheId"]!.GetValue<string>());
        Assert.Equal(1, await fixture.Host.Engine.OutboxCountAsync(waiting.InstanceId));

        var again = await (await staff.PostAsJsonAsync("signals/ApiFicheTransmise", new SignalRequest(id, null))).ReadAsync<SignalResult>();
        Assert.Equal(0, again.Resumed);
        Assert.Equal(1, await fixture.Host.Engine.OutboxCountAsync(waiting.InstanceId));
    }

    [Fact]
    public async Task A_signal_nobody_waits_for_yet_is_queued_for_the_bookmark_to_come()
    {
        var id = Fixtures.Workflows.NewId("api-early");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "ApiPieceDeposee"));

        var result = await (await staff.PostAsJsonAsync("signals/ApiPieceDeposee", new SignalRequest(id, Fixtures.Workflows.Payload("piece", "caf")))).ReadAsync<SignalResult>();

        Assert.Equal(new SignalResult(0, 0, true), result);
        var started = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: id);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
    }

    [Theory]
    [InlineData("{ \"correlationId\": ")]
    [InlineData("{ \"correlationId\": 12 }")]
    [InlineData("")]
    public async Task A_malformed_signal_body_gets_a_readable_problem(string body)
    {
        var response = await staff.PostAsync("signals/ApiMalformed", ApiJson.Raw(body));

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.StartsWith("JSON invalide", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_json_is_refused()
    {
        var textPlain = await staff.PostAsync("signals/ApiNotJson", new StringContent("{ \"correlationId\": \"x\" }", System.Text.Encoding.UTF8, "text/plain"));
        using var untyped = new ByteArrayContent("{ \"correlationId\": \"x\" }"u8.ToArray());
        var noContentType = await staff.PostAsync("signals/ApiNotJson", untyped);

        await textPlain.ExpectAsync(HttpStatusCode.UnsupportedMediaType);
        var problem = await noContentType.ReadAsync<ProblemDetails>(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.Detail, StringComparison.Ordinal);
    }
}
