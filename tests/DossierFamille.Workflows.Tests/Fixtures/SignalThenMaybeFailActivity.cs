using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>Sends a signal, then fails while the switch says so.</summary>
[Activity("SignalThenMaybeFail", "Signal puis échec (test)", "Tests")]
[ActivityInput("Signal", "Signal", InputKinds.Text, Required = true)]
internal sealed class SignalThenMaybeFailActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.SendSignal(context.GetRequiredText("Signal"), context.CorrelationId);
        if (context.Services.GetRequiredService<FlakySwitch>().Fail)
        {
            throw new InvalidOperationException("Échec après le signal");
        }

        return ValueTask.FromResult(ActivityResult.Done);
    }
}
