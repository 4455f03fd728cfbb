using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class DefinitionEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private readonly HttpClient admin = fixture.Host.Admin();

    [Fact]
    public async Task A_draft_with_errors_is_explained_activity_by_activity_then_published_once_corrected()
    {
        var id = Fixtures.Workflows.NewId("api-def");
        var broken = new WorkflowBuilder(id, "Revue cassée")
            .Add("start", "Start")
            .Add("mystery", "Teleport")
            .Add("review", "HumanTask", a => a.Literal("Title", "Vérifier"))
            .Add("decide", "Decision", a => a.JavaScript("Condition", "variables.x >"))
            .Add("end", "End")
            .Sequence("start", "review", "decide", "end")
            .Connect("decide", "end", "False")
            .Connect("decide", "mystery", "True")
            .Build();

        var draft = await (await admin.PutAsync($"definitions/{id}/draft", ApiJson.Definition(broken))).ReadAsync<DefinitionSummary>();
        Assert.Equal((id, 1, "Revue cassée", "Draft"), (draft.DefinitionId, draft.Version, draft.Name, draft.Status));

        var errors = await (await admin.PostAsync("definitions/validate", ApiJson.Definition(broken))).ReadAsync<List<ValidationError>>();
        Assert.Contains(errors, e => e.ActivityId == "mystery" && e.Code == "activity.type" && e.Message.Contains("'mystery'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "review" && e.Code == "input.required" && e.Message.Contains("Outcomes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "decide" && e.Code == "input.script" && e.Message.Contains("ne compile pas", StringComparison.Ordinal));

        var refused = await (await admin.PostAsync($"definitions/{id}/publish", null)).ReadAsync<PublishResult>(HttpStatusCode.UnprocessableEntity);
        Assert.False(refused.Published);
        Assert.Contains(refused.Errors, e => e.ActivityId == "mystery");

        await (await admin.PutAsync($"definitions/{id}/draft", ApiJson.Definition(Fixtures.Workflows.Review(id)))).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(await (await admin.PostAsync("definitions/validate", ApiJson.Definition(Fixtures.Workflows.Review(id)))).ReadAsync<List<ValidationError>>());
        var published = await (await admin.PostAsync($"definitions/{id}/publish", null)).ReadAsync<PublishResult>();
        Assert.Equal((true, 1), (published.Published, published.Version));
        Assert.Empty(published.Errors);

        var versions = await admin.GetFromJsonAsync<List<DefinitionSummary>>($"definitions/{id}/versions");
        var only = Assert.Single(versions!);
        Assert.Equal((1, "Published", "Revue de fiche"), (only.Version, only.Status, only.Name));
        Assert.NotNull(only.PublishedAt);
        var latest = await fixture.Host.Gestionnaire().GetFromJsonAsync<List<DefinitionSummary>>("definitions");
        Assert.Contains(latest!, d => d.DefinitionId == id && d.Version == 1 && d.Status == "Published");
    }

    [Fact]
    public async Task An_admin_starts_an_instance_with_its_input_and_correlation_and_gets_its_address()
    {
        var id = Fixtures.Workflows.NewId("api-start");
        await (await admin.PutAsync($"definitions/{id}/draft", ApiJson.Definition(new WorkflowBuilder(id, "Démarrage")
            .Add("start", "Start")
            .Add("lire", "SetVariable", a => a.Literal("Variable", "prenom").JavaScript("Value", "input.prenom"))
            .Add("wait", "WaitForSignal", a => a.Literal("Signal", "Suite-" + id))
            .Sequence("start", "lire", "wait")
            .Build()))).ExpectAsync(HttpStatusCode.OK);
        var url = $"definitions/{id}/instances";
        var body = ApiJson.Raw("{ \"input\": { \"prenom\": \"Zoé\" }, \"correlationId\": \"fiche-12\" }");

        var unpublished = await (await admin.PostAsync(url, body)).ReadAsync<ProblemDetails>(HttpStatusCode.NotFound);
        Assert.Equal($"Le workflow « {id} » n'existe pas ou n'a pas de version publiée : publiez-le avant d'en démarrer une instance.", unpublished.Detail);
        await (await admin.PostAsync($"definitions/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Host.Gestionnaire().PostAsync(url, body)).StatusCode);

        using var response = await admin.PostAsync(url, body);

        var started = await response.ReadAsync<StartedInstance>(HttpStatusCode.Created);
        Assert.Equal("Suspended", started.Status);
        Assert.EndsWith($"/instances/{started.InstanceId}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var instance = await admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("fiche-12", instance.GetProperty("instance").GetProperty("correlationId").GetString());
        Assert.Equal("Zoé", instance.GetProperty("variables").GetProperty("prenom").GetString());

        var withoutBody = await (await admin.PostAsync(url, null)).ReadAsync<StartedInstance>(HttpStatusCode.Created);
        Assert.NotEqual(started.InstanceId, withoutBody.InstanceId);
        var notAnObject = await (await admin.PostAsync(url, ApiJson.Raw("{ \"input\": 5 }"))).ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Contains("input", notAnObject.Detail, StringComparison.Ordinal);
        var malformed = await admin.PostAsync(url, ApiJson.Raw("{ \"input\": "));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("JSON invalide", (await malformed.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_file_imports_as_a_new_draft_with_the_same_flowchart()
    {
        var id = Fixtures.Workflows.NewId("api-export");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.Review(id));

        var export = await fixture.Host.Gestionnaire().GetAsync($"definitions/{id}/export");
        await export.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{id}-v1.json", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = await export.Content.ReadAsStringAsync();
        Assert.Equal(id, WorkflowJson.Parse(file).DefinitionId);

        var imported = await (await admin.PostAsync("definitions/import", ApiJson.Raw(file))).ReadAsync<DefinitionSummary>();
        Assert.Equal((id, 2, "Draft"), (imported.DefinitionId, imported.Version, imported.Status));

        var v1 = WorkflowJson.Parse(await admin.GetStringAsync($"definitions/{id}?version=1"));
        var v2 = WorkflowJson.Parse(await admin.GetStringAsync($"definitions/{id}"));
        Assert.Equal(2, v2.Version);
        Assert.Equal(JsonSerializer.Serialize(v1.Root, WorkflowJson.Options), JsonSerializer.Serialize(v2.Root, WorkflowJson.Options));
    }

    [Fact]
    public async Task An_elsa_export_that_would_lose_something_is_saved_only_once_its_french_report_is_accepted()
    {
        var file = Definitions.ElsaImportTests.Example("relance-elsa-3.0.json");

        var refused = await admin.PostAsync("definitions/import", ApiJson.Raw(file));

        var problem = await refused.ReadAsync<ProblemDetails>(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Ce fichier Elsa ne peut pas être importé en entier ; rien n'a été enregistré.", problem.Detail, StringComparison.Ordinal);
        var report = ((JsonElement)problem.Extensions["report"]!).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) non importée : aucune activité équivalente ici.", report);
        Assert.Contains("Activité « SendEmail1 » (Elsa.SendEmail) : entrée « cc » non importée : pas de copie ici : ajoutez les adresses au destinataire.", report);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("definitions/elsa-relance")).StatusCode);

        var imported = await (await admin.PostAsync("definitions/import?acceptLosses=true", ApiJson.Raw(file))).ReadAsync<DefinitionSummary>();
        Assert.Equal(("elsa-relance", 1, "Draft", "Relance (Elsa 3.0)"), (imported.DefinitionId, imported.Version, imported.Status, imported.Name));
        var draft = WorkflowJson.Parse(await admin.GetStringAsync("definitions/elsa-relance"));
        Assert.Equal(["WaitForSignal", "Switch", "SendEmail", "Delay", "WriteLine"], draft.Root.Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task An_elsa_export_importable_whole_becomes_a_draft_at_once()
    {
        var imported = await (await admin.PostAsync("definitions/import", ApiJson.Raw(Definitions.ElsaImportTests.Example("planification-elsa-3.x.json")))).ReadAsync<DefinitionSummary>();

        Assert.Equal(("elsa-planification", "Draft"), (imported.DefinitionId, imported.Status));
        Assert.Empty(await (await admin.PostAsync("definitions/validate", ApiJson.Raw(await admin.GetStringAsync("definitions/elsa-planification")))).ReadAsync<List<ValidationError>>());
    }

    [Fact]
    public async Task Retracting_stops_new_starts_and_rollback_drafts_an_old_version_again()
    {
        var id = Fixtures.Workflows.NewId("api-rollback");
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "Premier"));
        await fixture.Host.Engine.PublishAsync(Fixtures.Workflows.WaitSignal(id, "Second"));

        await (await admin.PostAsync($"definitions/{id}/retract", null)).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.PostAsync($"definitions/{id}/retract", null)).ExpectAsync(HttpStatusCode.NotFound);
        var versions = await admin.GetFromJsonAsync<List<DefinitionSummary>>($"definitions/{id}/versions");
        Assert.Equal(["2:Retracted", "1:Superseded"], versions!.Select(v => $"{v.Version}:{v.Status}"));
        await Assert.ThrowsAsync<WorkflowDefinitionException>(() => fixture.Host.Engine.Runtime.StartAsync(id));

        var draft = await (await admin.PostAsync($"definitions/{id}/versions/1/rollback", null)).ReadAsync<DefinitionSummary>();
        Assert.Equal((3, "Draft"), (draft.Version, draft.Status));
        var v3 = WorkflowJson.Parse(await admin.GetStringAsync($"definitions/{id}?version=3"));
        Assert.Contains("Premier", WorkflowJson.Serialize(v3), StringComparison.Ordinal);
        await (await admin.PostAsync($"definitions/{id}/versions/9/rollback", null)).ExpectAsync(HttpStatusCode.NotFound);

        await (await admin.PostAsync($"definitions/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var started = await fixture.Host.Engine.Runtime.StartAsync(id, correlationId: "c1");
        Assert.Equal(3, (await fixture.Host.Engine.InstanceAsync(started.InstanceId)).DefinitionVersion);
        Assert.Equal(new SignalResult(1, 0, false), await fixture.Host.Engine.Runtime.SendSignalAsync("Premier", "c1"));
    }

    [Fact]
    public async Task Unknown_definitions_are_not_found()
    {
        var client = fixture.Host.Gestionnaire();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("definitions/nulle-part")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("definitions/nulle-part/export")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<List<DefinitionSummary>>("definitions/nulle-part/versions"))!);
        var publish = await (await admin.PostAsync("definitions/nulle-part/publish", null)).ReadAsync<PublishResult>(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("draft.missing", Assert.Single(publish.Errors).Code);
    }

    [Fact]
    public async Task A_draft_whose_body_names_another_definition_is_refused()
    {
        var response = await admin.PutAsync("definitions/autre/draft", ApiJson.Definition(Fixtures.Workflows.Review(Fixtures.Workflows.NewId("api-mismatch"))));

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Contains("definitionId", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "definitions/api-bad/draft", "{ \"definitionId\": ", "ligne 1")]
    [InlineData("POST", "definitions/validate", "{ \"definitionId\": \"x\", \"root\": [1, 2] }", "root")]
    [InlineData("POST", "definitions/import", "{ \"definitionId\": \"x\", \"root\": { \"type\": \"Sequence\" } }", "Flowchart")]
    [InlineData("POST", "definitions/import", "", "JSON invalide")]
    public async Task A_malformed_definition_gets_a_readable_problem(string method, string url, string body, string expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = ApiJson.Raw(body) };

        var response = await admin.SendAsync(request);

        var problem = await response.ReadAsync<ProblemDetails>(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("JSON invalide", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Detail, StringComparison.Ordinal);
    }
}
