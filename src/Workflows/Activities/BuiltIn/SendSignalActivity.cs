namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Sends a signal in the step's transaction (see <see cref="ActivityExecutionContext.SendSignal"/>).</summary>
[Activity("SendSignal", "Envoyer un signal", "Événements", Description = "Reprend les workflows qui attendent ce signal avec cette clé, démarre ceux qu'il déclenche, sinon le garde en attente ; envoyé avec l'étape.")]
[ActivityInput("Signal", "Nom du signal", InputKinds.Text, Required = true)]
[ActivityInput("CorrelationId", "Clé de corrélation", InputKinds.Text)]
[ActivityInput("Payload", "Contenu", InputKinds.Json)]
internal sealed class SendSignalActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var correlation = context.HasInput("CorrelationId") ? context.GetInput<string>("CorrelationId") : context.CorrelationId;
        context.SendSignal(context.GetRequiredText("Signal"), correlation, context.EvaluateInput("Payload"));
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
