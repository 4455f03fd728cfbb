namespace DossierFamille.Workflows.Definitions;

/// <summary>A workflow definition in the JSON shape of an Elsa 3 flowchart.</summary>
public sealed class WorkflowDefinitionModel
{
    public string DefinitionId { get; set; } = "";

    public string Name { get; set; } = "";

    public int Version { get; set; }

    public string? Description { get; set; }

    public FlowchartModel Root { get; set; } = new();

    public IList<VariableModel> Variables { get; init; } = [];
}
