namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("End", "Fin", "Flux", Description = "Termine le workflow et annule ce qui reste en attente.")]
[ActivityOutcomes]
internal sealed class EndActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.EndWorkflow);
}
