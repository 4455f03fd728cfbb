using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// Starts a workflow inside the host's own unit of work: the new instance is added to the scoped
/// DbContext and committed by the host's SaveChanges together with its domain rows (one
/// transaction); a background node then runs its first step. Nothing is written if the host's
/// transaction fails.
/// </summary>
public interface IWorkflowEnlistment
{
    Task<Guid> DispatchAsync(string definitionId, JsonNode? input = null, string? correlationId = null, CancellationToken cancellationToken = default);
}
