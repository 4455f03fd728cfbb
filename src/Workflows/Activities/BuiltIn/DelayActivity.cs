namespace DossierFamille.Workflows.Activities.BuiltIn;

[Activity("Delay", "Attendre une durée", "Temps", Description = "Reprend après la durée donnée (minuteur durable).")]
[ActivityInput("Duration", "Durée", InputKinds.Duration, Required = true)]
internal sealed class DelayActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var duration = context.GetInput<TimeSpan>("Duration");
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("Timer") { DueAt = context.UtcNow + duration }));
    }
}
