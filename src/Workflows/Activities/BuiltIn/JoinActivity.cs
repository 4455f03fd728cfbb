using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>WaitAll: continues once every inbound source arrived. WaitAny: continues at the first arrival and cancels the other branches.</summary>
[Activity("Join", "Jonction", "Flux", Description = "Attend toutes les branches (WaitAll) ou la première (WaitAny, les autres sont annulées).")]
[ActivityInput("Mode", "Mode (WaitAll ou WaitAny)", InputKinds.Select)]
internal sealed class JoinActivity : WorkflowActivity
{
    public static bool IsWaitAny(ActivityModel activity) =>
        activity.Inputs.TryGetValue("Mode", out var mode) && string.Equals(mode.LiteralText, "WaitAny", StringComparison.OrdinalIgnoreCase);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (IsWaitAny(context.Activity))
        {
            return ValueTask.FromResult(ActivityResult.Done);
        }

        var execution = context.Execution;
        var arrived = execution.State.JoinArrivals.GetValueOrDefault(context.ActivityId) ?? [];
        var all = execution.Workflow.Sources(context.ActivityId).All(arrived.Contains);
        return ValueTask.FromResult(all ? ActivityResult.Done : ActivityResult.Waiting);
    }
}
