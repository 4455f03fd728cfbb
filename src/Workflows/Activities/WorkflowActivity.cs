using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Activities;

/// <summary>
/// Base of every activity. Activities are stateless: inputs, variables and scoped services
/// (including the host's DbContext) come from the <see cref="ActivityExecutionContext"/>.
/// Describe the activity with <see cref="ActivityAttribute"/>, <see cref="ActivityInputAttribute"/>
/// and <see cref="ActivityOutcomesAttribute"/>.
/// </summary>
public abstract class WorkflowActivity
{
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called when a bookmark created by this activity is resumed.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.Done);

    /// <summary>The outcome ports of one activity in a definition; dynamic for Fork, Switch or HumanTask.</summary>
    public virtual IReadOnlyList<string> GetOutcomes(ActivityModel activity, ActivityDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Outcomes;
    }

    /// <summary>Reads a comma or newline separated literal list (outcomes, branches).</summary>
    protected static IReadOnlyList<string> LiteralList(ActivityModel activity, string input)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.Inputs.TryGetValue(input, out var expression) || expression.Value is null)
        {
            return [];
        }

        if (expression.Value is System.Text.Json.Nodes.JsonArray array)
        {
            return [.. array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0)];
        }

        return [.. (expression.LiteralText ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
