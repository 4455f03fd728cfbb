namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>
/// Waits for a named signal with a correlation key (default: the instance's correlation id), and
/// at the latest until the optional date (then continues without content). As a first activity,
/// starts the workflow.
/// </summary>
[Activity("WaitForSignal", "Attendre un signal", "Événements", IsTrigger = true)]
[ActivityInput("Signal", "Nom du signal", InputKinds.Text, Required = true)]
[ActivityInput("CorrelationId", "Clé de corrélation", InputKinds.Text)]
[ActivityInput("ResultVariable", "Variable recevant le contenu", InputKinds.Variable)]
[ActivityInput("Until", "Au plus tard le (date)", InputKinds.Date, Description = "Sans signal, l'attente prend fin à cette date ; la variable reçoit alors null.")]
internal sealed class WaitForSignalActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggered)
        {
            return ResumeAsync(context);
        }

        var signal = context.GetRequiredText("Signal");
        var correlation = context.HasInput("CorrelationId") ? context.GetInput<string>("CorrelationId") : context.CorrelationId;
        var until = context.GetInput<DateTime?>("Until");
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(SignalStimulus.Name, SignalStimulus.Key(signal, correlation)) { DueAt = until?.ToUniversalTime() }));
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
