namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("Start", "Début", "Flux", Description = "Point de départ du workflow.")]
internal sealed class StartActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.Done);
}
