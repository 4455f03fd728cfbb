namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>An Elsa 3 export converted to this engine's definition, with what could not be imported.</summary>
public sealed record ElsaImportResult(WorkflowDefinitionModel Model, IReadOnlyList<ElsaImportIssue> Issues);
