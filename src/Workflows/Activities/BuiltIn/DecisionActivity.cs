namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("Decision", "Décision", "Flux", Description = "Suit « Vrai » ou « Faux » selon une condition JavaScript.")]
[ActivityInput("Condition", "Condition", InputKinds.JavaScript, Required = true)]
[ActivityOutcomes("True", "False")]
internal sealed class DecisionActivity : WorkflowActivity
{
    private static readonly ActivityResult True = ActivityResult.Complete("True");
    private static readonly ActivityResult False = ActivityResult.Complete("False");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ScriptTruth.IsTrue(context.EvaluateInput("Condition")) ? True : False);
}
