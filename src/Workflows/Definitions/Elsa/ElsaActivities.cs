using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// One Elsa activity as one of ours. Inputs are the activity's top-level properties; each one is imported
/// or reported with its reason, never dropped silently.
/// </summary>
internal sealed class ElsaActivities(ElsaVariables variables, List<ElsaImportIssue> issues)
{
    public ActivityModel? Convert(JsonObject activity)
    {
        var id = activity["id"]?.GetValue<string>() ?? "";
        var elsaType = activity["type"]?.GetValue<string>() ?? "";
        var label = $"Activité « {activity["name"]?.GetValue<string>() ?? id} » ({elsaType})";
        var properties = activity.Where(p => !ElsaActivityMappings.Structural.Contains(p.Key) && !IsUnset(p.Value)).ToList();
        if (!ElsaActivityMappings.ByType.TryGetValue(elsaType, out var mapping))
        {
            issues.Add(new ElsaImportIssue(id, null, $"{label} non importée : aucune activité équivalente ici."));
            issues.AddRange(properties.Select(p => new ElsaImportIssue(id, p.Key, $"{label} : entrée « {p.Key} » non importée avec son activité.")));
            return null;
        }

        var model = new ActivityModel { Id = id, Type = mapping.Type, Metadata = activity["metadata"]?.DeepClone() as JsonObject };
        if (mapping.Note is { } note)
        {
            issues.Add(new ElsaImportIssue(id, null, $"{label} importée comme « {mapping.Type} » : {note}."));
        }

        foreach (var (name, value) in properties)
        {
            if (Reason(mapping, name, value) is { } reason)
            {
                issues.Add(new ElsaImportIssue(id, name, $"{label} : {(IsOutput(value) ? "sortie" : "entrée")} « {name} » non importée : {reason}."));
            }
            else if (Convert(mapping, id, label, name, value) is { } converted)
            {
                model.Inputs[converted.Input] = converted.Expression;
            }
        }

        return model;
    }

    private static string? Reason(ElsaActivityMapping mapping, string name, JsonNode? value)
    {
        if (mapping.Unsupported?.TryGetValue(name, out var reason) == true)
        {
            return reason;
        }

        var known = IsOutput(value) ? mapping.Outputs?.ContainsKey(name) == true : mapping.Inputs.ContainsKey(name);
        return known ? null : $"pas d'équivalent dans l'activité « {mapping.Type} » d'ici";
    }

    private (string Input, ExpressionModel Expression)? Convert(ElsaActivityMapping mapping, string id, string label, string name, JsonNode? value)
    {
        if (IsOutput(value))
        {
            var target = mapping.Outputs![name];
            if (variables.NameOf(value!["memoryReference"]?["id"]) is { } variable)
            {
                return (target, ExpressionModel.FromLiteral(JsonValue.Create(variable)));
            }

            issues.Add(new ElsaImportIssue(id, name, $"{label} : sortie « {name} » non importée : elle vise une variable qui n'est pas déclarée dans le fichier."));
            return null;
        }

        var input = mapping.Inputs[name];
        var expression = (mapping.Type, input) switch
        {
            ("SetVariable", "Variable") => variables.NameOf(value is JsonObject o && o.ContainsKey("expression") ? o["expression"]?["value"] : value) is { } variable
                ? ExpressionModel.FromLiteral(JsonValue.Create(variable))
                : Problem(id, label, name, "elle désigne une variable qui n'est pas déclarée dans le fichier"),
            ("Switch", "Cases") => new ElsaSwitchCases(id, label, issues).Convert(value),
            _ => ElsaExpressions.Convert(value, variables, out var problem) is { } converted
                ? Shape(input, converted)
                : problem is null ? null : Problem(id, label, name, problem),
        };
        return expression is null ? null : (input, expression);
    }

    /// <summary>Lists written by Elsa as JSON arrays (Fork branches, e-mail recipients) in the form read here.</summary>
    private static ExpressionModel Shape(string input, ExpressionModel expression)
    {
        if (expression.Type != ExpressionModel.Literal || expression.Value is null)
        {
            return expression;
        }

        var value = ElsaExpressions.ParseOrKeep(expression.Value);
        return input == "To" && value is JsonArray recipients
            ? ExpressionModel.FromLiteral(JsonValue.Create(string.Join(", ", recipients.Select(r => r?.ToString()))))
            : ExpressionModel.FromLiteral(value);
    }

    private ExpressionModel? Problem(string id, string label, string name, string reason)
    {
        issues.Add(new ElsaImportIssue(id, name, $"{label} : entrée « {name} » non importée : {reason}."));
        return null;
    }

    private static bool IsOutput(JsonNode? value) => value is JsonObject obj && obj.ContainsKey("memoryReference") && !obj.ContainsKey("expression");

    /// <summary>An input Elsa exports without a value, or an output bound to nothing: nothing to import.</summary>
    private static bool IsUnset(JsonNode? value) => value switch
    {
        null => true,
        JsonObject obj when obj.ContainsKey("expression") => ElsaExpressions.IsEmpty(obj["expression"]?["value"]),
        JsonObject obj when obj.ContainsKey("memoryReference") => obj["memoryReference"]?["id"] is null,
        JsonArray array => array.Count == 0,
        _ => ElsaExpressions.IsEmpty(value),
    };
}
