using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Cases are a literal JSON array of <c>{ "name": "...", "condition": "javascript" }</c>; the first true case wins.</summary>
[Activity("Switch", "Aiguillage", "Flux", Description = "Suit le premier cas dont la condition est vraie, sinon « Default ».")]
[ActivityInput("Cases", "Cas (nom et condition)", InputKinds.Cases, Required = true)]
[ActivityOutcomes("Default")]
internal sealed class SwitchActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        foreach (var (name, condition) in Cases(context.Activity))
        {
            if (ScriptTruth.IsTrue(context.Evaluate(ExpressionModel.FromScript(condition))))
            {
                return ValueTask.FromResult(ActivityResult.Complete(name));
            }
        }

        return ValueTask.FromResult(ActivityResult.Complete("Default"));
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityModel activity, ActivityDescriptor descriptor) =>
        [.. Cases(activity).Select(c => c.Name), "Default"];

    internal static IEnumerable<(string Name, string Condition)> Cases(ActivityModel activity)
    {
        if (!activity.Inputs.TryGetValue("Cases", out var expression))
        {
            yield break;
        }

        var value = expression.Value is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : expression.Value;
        if (value is not JsonArray cases)
        {
            yield break;
        }

        foreach (var item in cases.OfType<JsonObject>())
        {
            var name = item["name"]?.GetValue<string>();
            var condition = item["condition"]?.GetValue<string>();
            if (!string.IsNullOrWhiteSpace(name) && condition is not null)
            {
                yield return (name, condition);
            }
        }
    }
}
