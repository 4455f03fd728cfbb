using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

public sealed class VariableModel
{
    public string Name { get; set; } = "";

    public string? Type { get; set; }

    public JsonNode? Value { get; set; }
}
