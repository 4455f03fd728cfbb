using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("Fork", "Parallèle", "Flux", Description = "Lance toutes les branches en parallèle.")]
[ActivityInput("Branches", "Branches", InputKinds.List, Required = true)]
[ActivityOutcomes]
internal sealed class ForkActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete([.. LiteralList(context.Activity, "Branches")]));

    public override IReadOnlyList<string> GetOutcomes(ActivityModel activity, ActivityDescriptor descriptor) => LiteralList(activity, "Branches");
}
