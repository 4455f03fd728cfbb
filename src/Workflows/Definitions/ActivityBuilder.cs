using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

public sealed class ActivityBuilder(ActivityModel activity)
{
    public ActivityBuilder Literal(string input, JsonNode? value)
    {
        activity.Inputs[input] = ExpressionModel.FromLiteral(value);
        return this;
    }

    public ActivityBuilder JavaScript(string input, string script)
    {
        activity.Inputs[input] = ExpressionModel.FromScript(script);
        return this;
    }

    public ActivityBuilder At(double x, double y)
    {
        activity.Metadata = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } };
        return this;
    }
}
