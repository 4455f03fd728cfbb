using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>A slow step: waits until the test opens the gate.</summary>
[Activity("Gate", "Barrière (test)", "Tests")]
internal sealed class GateActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        await context.Services.GetRequiredService<StepGate>().Opened.WaitAsync(context.CancellationToken);
        return ActivityResult.Done;
    }
}
