using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Runtime;

internal sealed record StartWorkItem(Guid InstanceId, CompiledWorkflow Workflow, int Version, JsonNode? Input, string? CorrelationId) : WorkItem
{
    public string? TriggerActivityId { get; init; }

    public JsonNode? TriggerPayload { get; init; }

    public Guid? ParentInstanceId { get; init; }

    public Guid? ParentBookmarkId { get; init; }
}
