namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Starts the published version of another definition and waits until it finishes; its variables become the result.</summary>
[Activity("RunWorkflow", "Sous-workflow", "Flux")]
[ActivityInput("DefinitionId", "Workflow à lancer", InputKinds.Workflow, Required = true)]
[ActivityInput("Input", "Entrée", InputKinds.Json)]
[ActivityInput("ResultVariable", "Variable recevant le résultat", InputKinds.Variable)]
internal sealed class RunWorkflowActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var childId = Guid.CreateVersion7(context.TimeProvider.GetUtcNow());
        var child = new ChildWorkflowRequest(childId, context.GetRequiredText("DefinitionId"), context.EvaluateInput("Input"));
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("SubWorkflow", childId.ToString()) { Child = child }));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, context.ResumePayload);
        }

        return ValueTask.FromResult(ActivityResult.Done);
    }
}
