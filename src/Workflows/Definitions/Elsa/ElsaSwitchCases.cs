using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// FlowSwitch cases, <c>[{"label": "Gros", "condition": {"type": "JavaScript", "value": "…"}}]</c>, as the
/// Switch cases here, <c>[{"name": "Gros", "condition": "…"}]</c>. A case whose condition cannot be read is reported.
/// </summary>
internal sealed class ElsaSwitchCases(string activityId, string label, List<ElsaImportIssue> issues)
{
    public ExpressionModel? Convert(JsonNode? value)
    {
        var cases = value is JsonObject wrapper && wrapper.ContainsKey("expression") ? wrapper["expression"]?["value"] : value;
        if (cases is JsonValue && ElsaExpressions.ParseOrKeep(cases) is JsonArray parsed)
        {
            cases = parsed;
        }

        if (cases is not JsonArray items)
        {
            issues.Add(new ElsaImportIssue(activityId, "cases", $"{label} : entrée « cases » non importée : ce n'est pas une liste de cas."));
            return null;
        }

        var converted = new JsonArray();
        foreach (var item in items.OfType<JsonObject>())
        {
            var name = item["label"]?.GetValue<string>() ?? item["name"]?.GetValue<string>() ?? "";
            var condition = item["condition"] is JsonObject c && c.ContainsKey("expression") ? c["expression"] : item["condition"];
            var type = condition?["type"]?.GetValue<string>();
            var script = condition?["value"] is { } text ? ElsaExpressions.Text(text) : null;
            if (name.Length == 0 || script is null || type is not ("JavaScript" or "Literal"))
            {
                issues.Add(new ElsaImportIssue(activityId, "cases", $"{label} : cas « {name} » non importé : sa condition ({type ?? "absente"}) n'est ni JavaScript ni une valeur."));
                continue;
            }

            converted.Add(new JsonObject { ["name"] = name, ["condition"] = script });
        }

        return ExpressionModel.FromLiteral(converted);
    }
}
