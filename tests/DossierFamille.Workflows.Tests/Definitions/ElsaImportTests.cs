using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Definitions.Elsa;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Definitions;

/// <summary>Workflows exported from Elsa Studio 3 (the example files next to this class) imported and run here.</summary>
public sealed class ElsaImportTests : SqliteTestBase
{
    public static string Example(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Definitions", "Elsa", file));

    [Fact]
    public async Task An_elsa_3x_counter_imports_whole_and_runs_with_its_typed_variables_and_elsa_script_helpers()
    {
        var imported = ElsaImport.Convert(Example("compteur-elsa-3.x.json"));

        Assert.Empty(imported.Issues);
        var model = imported.Model;
        Assert.Equal(("elsa-compteur", "Compteur (Elsa 3.x)"), (model.DefinitionId, model.Name));
        Assert.Equal(["Start", "SetVariable", "Decision", "WriteLine", "End"], model.Root.Activities.Select(a => a.Type));
        Assert.Equal(5, model.Root.Connections.Count);
        Assert.Equal(600, model.Root.Activities.Single(a => a.Id == "ecrire").Metadata!["designer"]!["position"]!["x"]!.GetValue<int>());
        var compteur = model.Variables.Single(v => v.Name == "Compteur");
        Assert.Equal(("Int32", 0L), (compteur.Type, compteur.Value!.GetValue<long>()));
        Assert.True(model.Variables.Single(v => v.Name == "Actif").Value!.GetValue<bool>());
        Assert.Empty(Host.Services.GetRequiredService<WorkflowValidator>().Validate(model));

        await Host.PublishAsync(model);
        var started = await Host.Runtime.StartAsync(model.DefinitionId);

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var variables = await Host.VariablesAsync(started.InstanceId);
        Assert.Equal(1, variables["Compteur"]!.GetValue<long>());
        var journal = await Host.QueryAsync(db => db.Set<WfJournalEntry>().Where(j => j.InstanceId == started.InstanceId && j.ActivityId == "ecrire").Select(j => j.Message).ToListAsync());
        Assert.Equal(["Compteur : 1"], journal);
    }

    [Fact]
    public void An_elsa_30_file_with_flat_connections_imports_what_has_an_equivalent_and_lists_the_rest_in_french()
    {
        var imported = ElsaImport.Convert(Example("relance-elsa-3.0.json"));

        var model = imported.Model;
        Assert.Equal(["WaitForSignal", "Switch", "SendEmail", "Delay", "WriteLine"], model.Root.Activities.Select(a => a.Type));
        var wait = model.Root.Activities.Single(a => a.Id == "attendre");
        Assert.Equal(("dossier-complet", "Dossier"), (wait.Inputs["Signal"].LiteralText, wait.Inputs["ResultVariable"].LiteralText));
        var email = model.Root.Activities.Single(a => a.Id == "prevenir");
        Assert.Equal("accueil@mairie.example, regie@mairie.example", email.Inputs["To"].LiteralText);
        Assert.Equal(("JavaScript", "'<p>' + getDossier().pieces + ' pièces reçues.</p>'"), (email.Inputs["HtmlBody"].Type, email.Inputs["HtmlBody"].LiteralText));
        Assert.Equal("00:05:00", model.Root.Activities.Single(a => a.Id == "patienter").Inputs["Duration"].LiteralText);
        var cases = (JsonArray)model.Root.Activities.Single(a => a.Id == "aiguiller").Inputs["Cases"].Value!;
        Assert.Equal(["Complet:getDossier().pieces >= 2", "Jamais:false"], cases.Select(c => $"{c!["name"]}:{c["condition"]}"));
        Assert.Equal(2, model.Variables.Single(v => v.Name == "Dossier").Value!["pieces"]!.GetValue<int>());
        Assert.Equal(["attendre→aiguiller", "aiguiller→prevenir", "aiguiller→patienter", "patienter→journal"], model.Root.Connections.Select(c => $"{c.Source.Activity}→{c.Target.Activity}"));
        Assert.DoesNotContain(model.Root.Activities.Single(a => a.Id == "journal").Inputs.Keys, k => k == "Text");

        Assert.Equal(
            [
                "Variable « Essais » : la valeur « trois » n'est pas du type Int32 ; elle est importée comme texte.",
                "Activité « FlowSwitch1 » (Elsa.FlowSwitch) : entrée « mode » non importée : ici le premier cas vrai est suivi (mode « MatchFirst »).",
                "Activité « FlowSwitch1 » (Elsa.FlowSwitch) : cas « Modele » non importé : sa condition (Liquid) n'est ni JavaScript ni une valeur.",
                "Activité « SendEmail1 » (Elsa.SendEmail) : entrée « from » non importée : l'expéditeur est l'adresse configurée pour le portail.",
                "Activité « SendEmail1 » (Elsa.SendEmail) : entrée « cc » non importée : pas de copie ici : ajoutez les adresses au destinataire.",
                "Activité « WriteLine1 » (Elsa.WriteLine) : entrée « text » non importée : une expression « Liquid » ne peut pas être importée (seules Literal, JavaScript, Variable et Object le sont).",
                "Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) non importée : aucune activité équivalente ici.",
                "Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) : entrée « url » non importée avec son activité.",
                "Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) : entrée « method » non importée avec son activité.",
                "Liaison « journal » (Done) → « appeler » non importée : l'activité « appeler » n'est pas importée.",
            ],
            imported.Issues.Select(i => i.Message));
    }

    [Fact]
    public void A_scheduled_elsa_flowchart_with_fork_join_and_sub_workflow_maps_every_activity_and_validates()
    {
        var imported = ElsaImport.Convert(Example("planification-elsa-3.x.json"));

        Assert.Empty(imported.Issues);
        var model = imported.Model;
        Assert.Equal(["Timer", "Fork", "RunWorkflow", "SendSignal", "Join", "End"], model.Root.Activities.Select(a => a.Type));
        Assert.Equal("0 2 * * *", model.Root.Activities[0].Inputs["Cron"].LiteralText);
        Assert.Equal(["Reservations", "Factures"], ((JsonArray)model.Root.Activities[1].Inputs["Branches"].Value!).Select(b => b!.GetValue<string>()));
        var run = model.Root.Activities[2];
        Assert.Equal(("traitement-reservations", "Resultat", "nuit"), (run.Inputs["DefinitionId"].LiteralText, run.Inputs["ResultVariable"].LiteralText, run.Inputs["Input"].Value!["mode"]!.GetValue<string>()));
        Assert.Equal(("JavaScript", "'nuit-' + instanceId"), (model.Root.Activities[3].Inputs["CorrelationId"].Type, model.Root.Activities[3].Inputs["CorrelationId"].LiteralText));
        Assert.Equal("WaitAll", model.Root.Activities[4].Inputs["Mode"].LiteralText);
        Assert.Null(model.Variables.Single().Value);
        Assert.Empty(Host.Services.GetRequiredService<WorkflowValidator>().Validate(model));
    }

    [Fact]
    public void A_definition_of_this_engine_is_not_taken_for_an_elsa_export()
    {
        var own = WorkflowJson.Serialize(new WorkflowBuilder("maison", "Maison").Add("start", "Start").Build());

        Assert.False(ElsaImport.IsElsaExport(own));
        Assert.True(ElsaImport.IsElsaExport(Example("relance-elsa-3.0.json")));
        var refused = Assert.Throws<WorkflowDefinitionException>(() => ElsaImport.Convert("{ \"definitionId\": \"x\", \"root\": { \"type\": \"Elsa.Sequence\" } }"));
        Assert.Contains("« Elsa.Flowchart »", refused.Message, StringComparison.Ordinal);
    }
}
