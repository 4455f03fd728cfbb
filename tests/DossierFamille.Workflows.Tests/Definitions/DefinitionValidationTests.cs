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
    public void A_script_calling_a_function_that_exists_nowhere_is_refused_with_a_French_message()
    {
        var model = new WorkflowBuilder("inconnu", "Fonction inconnue")
            .Variable("Compteur", 0, "Int32")
            .Add("start", "Start")
            .Add("plus", "SetVariable", a => a.Literal("Variable", "total").JavaScript("Value", "getCompteur() + getTotal()"))
            .Add("decide", "Decision", a => a.JavaScript("Condition", "getMontant() > 0 || calculer(1)"))
            .Add("end", "End")
            .Sequence("start", "plus", "decide", "end")
            .Connect("decide", "end", "False")
            .Build();

        var errors = Validator().Validate(model).Where(e => e.Code == "input.function").ToList();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("decide", e.ActivityId));
        Assert.Contains(errors, e => e.Message == "Activité 'decide' : l'expression JavaScript de Condition appelle getMontant(), mais le workflow n'a pas de variable « Montant » : déclarez-la dans ses variables, ou corrigez le nom.");
        Assert.Contains(errors, e => e.Message.StartsWith("Activité 'decide' : l'expression JavaScript de Condition appelle la fonction inconnue calculer() :", StringComparison.Ordinal));
    }

    [Fact]
    public void Elsa_style_accessors_of_the_workflow_s_variables_built_ins_and_the_script_s_own_functions_are_accepted()
    {
        var model = new WorkflowBuilder("connues", "Fonctions connues")
            .Variable("Compteur", 0, "Int32")
            .Variable("message")
            .Add("start", "Start")
            .Add("plus", "SetVariable", a => a.Literal("Variable", "Total").JavaScript("Value",
                "function double(n) { return n * 2; } var f = function (x) { return x; }; setVariable('Compteur', getVariable('Compteur') + 1); setCompteur(getCompteur() + 1); setMessage(getmessage() + String(parseInt('2', 10))); f(double(getCompteur()))"))
            .Add("decide", "Decision", a => a.JavaScript("Condition", "getTotal() > Math.max(0, 1) && isNaN(Number('x'))"))
            .Add("end", "End")
            .Sequence("start", "plus", "decide")
            .Connect("decide", "end", "True")
            .Connect("decide", "end", "False")
            .Build();

        Assert.Empty(Validator().Validate(model));
    }

    [Fact]
    public void A_variable_whose_value_is_not_of_its_declared_type_is_refused()
    {
        var model = new WorkflowBuilder("type", "Type")
            .Variable("Compteur", "douze", "Int32")
            .Add("start", "Start")
            .Build();

        Assert.Contains(Validator().Validate(model), e => e.Code == "variable.type" && e.Message == "Variable « Compteur » : la valeur « douze » n'est pas du type Int32.");
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
