using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>JavaScript truthiness of an evaluated value.</summary>
internal static class ScriptTruth
{
    public static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>() != 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s && !string.Equals(s, "false", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
