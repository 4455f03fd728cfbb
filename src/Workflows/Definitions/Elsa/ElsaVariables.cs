using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// Elsa's variables (<c>{"id", "name", "typeName": "Int32", "value": "0", "isArray"}</c>, values exported as
/// text) as typed variables here, and the lookup of a variable reference by id or name.
/// </summary>
internal sealed class ElsaVariables
{
    private readonly Dictionary<string, string> namesById = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public List<VariableModel> Models { get; } = [];

    public static ElsaVariables Convert(JsonArray? variables, List<ElsaImportIssue> issues)
    {
        var result = new ElsaVariables();
        foreach (var variable in variables?.OfType<JsonObject>() ?? [])
        {
            var name = variable["name"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(name))
            {
                issues.Add(new ElsaImportIssue(null, "variables", "Une variable sans nom n'est pas importée."));
                continue;
            }

            var type = (variable["typeName"]?.GetValue<string>() ?? "Object").Replace("System.", "", StringComparison.Ordinal);
            var isArray = variable["isArray"]?.GetValue<bool>() == true;
            var value = VariableTypes.Convert(variable["value"], isArray ? "Array" : type, out var mismatch);
            if (mismatch)
            {
                issues.Add(new ElsaImportIssue(null, name, $"Variable « {name} » : la valeur « {ElsaExpressions.Text(variable["value"]!)} » n'est pas du type {type} ; elle est importée comme texte."));
            }

            result.Models.Add(new VariableModel { Name = name, Type = isArray ? type + "[]" : type, Value = value });
            result.names.Add(name);
            if (variable["id"]?.GetValue<string>() is { } id)
            {
                result.namesById[id] = name;
            }
        }

        return result;
    }

    /// <summary>The name of a referenced variable: <c>{"id": …}</c>, <c>{"name": …}</c> or a bare id or name.</summary>
    public string? NameOf(JsonNode? reference)
    {
        var key = reference switch
        {
            JsonObject obj => obj["name"]?.GetValue<string>() is { } name && names.Contains(name) ? name : obj["id"]?.GetValue<string>(),
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => null,
        };
        return key is null ? null : names.Contains(key) ? key : namesById.GetValueOrDefault(key);
    }
}
