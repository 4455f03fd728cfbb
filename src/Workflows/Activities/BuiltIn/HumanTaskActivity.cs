using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Creates a task for a role or a person and waits for its completion with one of the allowed outcomes.</summary>
[Activity("HumanTask", "Tâche humaine", "Humain")]
[ActivityInput("Title", "Titre", InputKinds.Text, Required = true)]
[ActivityInput("Description", "Description", InputKinds.Multiline)]
[ActivityInput("Role", "Rôle", InputKinds.Role)]
[ActivityInput("Assignee", "Personne assignée", InputKinds.Text)]
[ActivityInput("Outcomes", "Issues possibles (ex. Accepter, Refuser)", InputKinds.List, Required = true)]
[ActivityInput("DueIn", "Échéance (durée)", InputKinds.Duration)]
[ActivityInput("ResultVariable", "Variable recevant la réponse", InputKinds.Variable)]
[ActivityOutcomes]
internal sealed class HumanTaskActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var due = context.GetInput<TimeSpan?>("DueIn") is { } dueIn ? context.UtcNow + dueIn : (DateTime?)null;
        var task = new HumanTaskRequest(
            Guid.CreateVersion7(context.TimeProvider.GetUtcNow()),
            context.GetRequiredText("Title"),
            context.GetInput<string>("Description"),
            NullIfBlank(context.GetInput<string>("Role")),
            NullIfBlank(context.GetInput<string>("Assignee")),
            LiteralList(context.Activity, "Outcomes"),
            due);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("HumanTask") { Task = task }));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        var outcome = context.ResumePayload?["outcome"]?.GetValue<string>()
            ?? throw new InvalidOperationException("La tâche a été reprise sans issue.");
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, context.ResumePayload as JsonObject);
        }

        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityModel activity, ActivityDescriptor descriptor) => LiteralList(activity, "Outcomes");

    /// <summary>An empty role or assignee means none: the task is then offered by the other one, or to all staff.</summary>
    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
