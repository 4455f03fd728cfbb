using System.Text.Json;
using System.Text.Json.Serialization;

namespace DossierFamille.Workflows.Definitions;

/// <summary>Reads and writes definition JSON (camelCase, Elsa 3 flowchart shape).</summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(WorkflowDefinitionModel model) => JsonSerializer.Serialize(model, Options);

    /// <summary>Parses definition JSON; throws <see cref="WorkflowDefinitionException"/> with a clear message when it is not valid.</summary>
    public static WorkflowDefinitionModel Parse(string json)
    {
        WorkflowDefinitionModel? model;
        try
        {
            model = JsonSerializer.Deserialize<WorkflowDefinitionModel>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (ligne {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            throw new WorkflowDefinitionException($"JSON invalide{where} : {ex.Message}", ex);
        }

        if (model is null)
        {
            throw new WorkflowDefinitionException("JSON invalide : la définition est vide.");
        }

        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            throw new WorkflowDefinitionException("JSON invalide : \"definitionId\" est obligatoire.");
        }

        if (model.Root is null || !string.Equals(model.Root.Type, "Flowchart", StringComparison.Ordinal))
        {
            throw new WorkflowDefinitionException("JSON invalide : \"root\" doit être un objet de type \"Flowchart\".");
        }

        return model;
    }
}
