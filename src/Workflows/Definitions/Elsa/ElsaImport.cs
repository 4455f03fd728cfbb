using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// Converts a workflow exported from Elsa Studio 3 (root <c>Elsa.Flowchart</c>, <c>Elsa.*</c> activity types,
/// inputs as top-level properties holding expression objects, typed variables) to this engine's definition,
/// listing in French each activity, input and connection that is not imported and why.
/// </summary>
public static class ElsaImport
{
    /// <summary>True when the JSON's root is an Elsa flowchart (<c>"type": "Elsa.Flowchart"</c>).</summary>
    public static bool IsElsaExport(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject document && RootType(document)?.StartsWith("Elsa.", StringComparison.Ordinal) == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Converts the export; throws <see cref="WorkflowDefinitionException"/> when it is not an Elsa flowchart.</summary>
    public static ElsaImportResult Convert(string json)
    {
        JsonObject document;
        try
        {
            document = JsonNode.Parse(json) as JsonObject ?? throw new WorkflowDefinitionException("Fichier Elsa invalide : un objet JSON est attendu.");
        }
        catch (JsonException ex)
        {
            throw new WorkflowDefinitionException($"Fichier Elsa invalide : {ex.Message}");
        }

        if (RootType(document) != "Elsa.Flowchart")
        {
            throw new WorkflowDefinitionException($"Fichier Elsa : seule une racine « Elsa.Flowchart » est importable (ici « {RootType(document)} »).");
        }

        var issues = new List<ElsaImportIssue>();
        var variables = ElsaVariables.Convert(document["variables"] as JsonArray, issues);
        var converter = new ElsaActivities(variables, issues);
        var root = (JsonObject)document["root"]!;
        var activities = (root["activities"] as JsonArray ?? []).OfType<JsonObject>().Select(converter.Convert).OfType<ActivityModel>().ToList();
        var connections = ElsaConnections.Convert(root["connections"] as JsonArray, activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), issues);
        var name = Text(document, "name");
        var model = new WorkflowDefinitionModel
        {
            DefinitionId = Text(document, "definitionId") ?? Text(document, "id") ?? name ?? "",
            Name = name ?? "",
            Description = Text(document, "description"),
            Root = new FlowchartModel { Activities = activities, Connections = connections },
            Variables = variables.Models,
        };
        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            throw new WorkflowDefinitionException("Fichier Elsa invalide : ni « definitionId » ni « name ».");
        }

        return new ElsaImportResult(model, issues);
    }

    private static string? RootType(JsonObject document) =>
        document["root"] is JsonObject root && root["type"] is JsonValue type && type.TryGetValue<string>(out var text) ? text : null;

    private static string? Text(JsonObject document, string name) =>
        document[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
