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
        if (!JsonText.TryRead<WorkflowDefinitionModel>(json, Options, out var model, out var error))
        {
            throw new WorkflowDefinitionException(error);
        }

        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            throw new WorkflowDefinitionException("JSON invalide : \"definitionId\" est obligatoire.");
        }

        if (model.Root is null || !string.Equals(model.Root.Type, "Flowchart", StringComparison.Ordinal))
        {
            throw new WorkflowDefinitionException("JSON invalide : \"root\" doit être un objet de type \"Flowchart\".");
        }

        if (model.Root.Activities?.Any(a => a is null) != false || model.Root.Connections?.Any(c => c is null) != false || model.Variables?.Any(v => v is null) != false)
        {
            throw new WorkflowDefinitionException("JSON invalide : \"root.activities\", \"root.connections\" et \"variables\" doivent être des listes d'objets.");
        }

        return model;
    }
}
