using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Definitions;

public sealed class DefinitionValidationTests : SqliteTestBase
{
    [Theory]
    [InlineData("{ \"definitionId\": ", "JSON invalide")]
    [InlineData("{ \"name\": \"x\", \"root\": { \"type\": \"Flowchart\" } }", "definitionId")]
    [InlineData("{ \"definitionId\": \"x\", \"root\": { \"type\": \"Sequence\" } }", "Flowchart")]
    public void Invalid_json_is_rejected_with_a_clear_message(string json, string expected)
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() => WorkflowJson.Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_validation_error_names_its_activity()
    {
        var model = new WorkflowBuilder("bad", "Mauvais")
            .Add("start", "Start")
            .Add("mystery", "Teleport")
            .Add("task", "HumanTask", a => a.Literal("Outcomes", "Accepter, Refuser"))
            .Add("decide", "Decision", a => a.JavaScript("Condition", "variables.x >"))
            .Add("orphan", "SetVariable", a => a.Literal("Variable", "x").Literal("Value", 1))
            .Add("wait", "Delay", a => a.Literal("Duration", "bientôt"))
            .Connect("start", "task")
            .Connect("task", "decide", "Accepter")
            .Connect("decide", "wait", "True")
            .Build();

        var errors = Validator().Validate(model);

        Assert.Contains(errors, e => e.ActivityId == "mystery" && e.Code == "activity.type");
        Assert.Contains(errors, e => e.ActivityId == "task" && e.Code == "input.required");
        Assert.Contains(errors, e => e.ActivityId == "task" && e.Code == "outcome.unconnected" && e.Message.Contains("Refuser", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "decide" && e.Code == "input.script");
        Assert.Contains(errors, e => e.ActivityId == "decide" && e.Code == "outcome.unconnected");
        Assert.Contains(errors, e => e.ActivityId == "orphan" && e.Code == "activity.unreachable");
        Assert.Contains(errors, e => e.ActivityId == "wait" && e.Code == "input.format");
    }

    [Fact]
    public void A_definition_without_start_is_rejected()
    {
        var model = new WorkflowBuilder("loop", "Boucle")
            .Add("a", "SetVariable", a => a.Literal("Variable", "x").Literal("Value", 1))
            .Add("b", "SetVariable", a => a.Literal("Variable", "x").Literal("Value", 2))
            .Connect("a", "b")
            .Connect("b", "a")
            .Build();

        Assert.Contains(Validator().Validate(model), e => e.Code == "start.missing");
    }

    [Fact]
    public async Task Export_then_import_round_trips_the_elsa_json_shape()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
        var id = Fixtures.Workflows.NewId("export");
        var saved = await definitions.SaveDraftAsync(Fixtures.Workflows.Review(id));

        Assert.Contains("\"root\"", saved.Json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"Literal\"", saved.Json, StringComparison.Ordinal);
        Assert.Contains("\"position\"", saved.Json, StringComparison.Ordinal);
        var imported = await definitions.ImportAsync(saved.Json.Replace(id, id + "-copy", StringComparison.Ordinal));

        Assert.Equal(id + "-copy", imported.DefinitionId);
        Assert.Empty(definitions.Validate(WorkflowJson.Parse(imported.Json)));
    }

    private WorkflowValidator Validator() => Host.Services.GetRequiredService<WorkflowValidator>();
}
