namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Elsa's WriteLine: here the text goes to the instance's journal, where the viewer shows it.</summary>
[Activity("WriteLine", "Écrire dans le journal", "Données", Description = "Ajoute le texte au journal de l'instance.")]
[ActivityInput("Text", "Texte", InputKinds.Multiline, Required = true)]
internal sealed class WriteLineActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Log(context.GetInput<string>("Text") ?? ""));
}
