using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// Elsa 3 input values, <c>{"typeName": …, "expression": {"type": "Literal"|"JavaScript"|…, "value": …}}</c>,
/// turned into expressions here. Literal and JavaScript keep their type; a Variable expression becomes
/// <c>getVariable("name")</c>; an Object expression becomes its parsed JSON.
/// </summary>
internal static class ElsaExpressions
{
    /// <summary>The expression, or null with <paramref name="problem"/> null when the input is empty (nothing to import).</summary>
    public static ExpressionModel? Convert(JsonNode? value, ElsaVariables variables, out string? problem)
    {
        problem = null;
        if (value is not JsonObject wrapper || !wrapper.ContainsKey("expression"))
        {
            return IsEmpty(value) ? null : ExpressionModel.FromLiteral(value!.DeepClone());
        }

        var expression = wrapper["expression"] as JsonObject;
        var type = expression?["type"]?.GetValue<string>();
        var content = expression?["value"];
        if (IsEmpty(content))
        {
            return null;
        }

        switch (type)
        {
            case "Literal":
                return ExpressionModel.FromLiteral(content!.DeepClone());
            case "JavaScript":
                return ExpressionModel.FromScript(Text(content!));
            case "Variable":
                if (variables.NameOf(content) is { } name)
                {
                    return ExpressionModel.FromScript($"getVariable({JsonSerializer.Serialize(name)})");
                }

                problem = "elle lit une variable qui n'est pas déclarée dans le fichier";
                return null;
            case "Object" or "Json":
                return ExpressionModel.FromLiteral(ParseOrKeep(content!));
            default:
                problem = $"une expression « {type ?? "sans type"} » ne peut pas être importée (seules Literal, JavaScript, Variable et Object le sont)";
                return null;
        }
    }

    /// <summary>The text of a literal, or a list written as JSON (<c>"[\"A\",\"B\"]"</c>) as an array.</summary>
    public static JsonNode ParseOrKeep(JsonNode content)
    {
        if (content is JsonValue value && value.TryGetValue<string>(out var text) && text.TrimStart() is ['[', ..] or ['{', ..])
        {
            try
            {
                return JsonNode.Parse(text) ?? content.DeepClone();
            }
            catch (JsonException)
            {
                return content.DeepClone();
            }
        }

        return content.DeepClone();
    }

    public static string Text(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();

    public static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonValue value && value.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text));
}
