using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Activities;

internal sealed record ChildWorkflowRequest(Guid InstanceId, string DefinitionId, JsonNode? Input);
