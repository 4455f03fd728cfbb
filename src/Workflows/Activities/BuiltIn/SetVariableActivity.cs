namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("SetVariable", "Définir une variable", "Données")]
[ActivityInput("Variable", "Variable", InputKinds.Variable, Required = true)]
[ActivityInput("Value", "Valeur", InputKinds.JavaScript, Required = true)]
internal sealed class SetVariableActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetVariable(context.GetRequiredText("Variable"), context.EvaluateInput("Value"));
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
