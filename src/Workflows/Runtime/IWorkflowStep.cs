using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// The engine inside the caller's unit of work: it runs in the caller's DI scope, on the caller's
/// DbContext, so that a domain change and the workflow it starts or signals commit together or not
/// at all. A concurrency conflict is thrown to the caller, whose own changes were not saved.
/// </summary>
public interface IWorkflowStep
{
    /// <summary>As <see cref="IWorkflowRuntime.SendSignalAsync"/>, saving the caller's context with the step.</summary>
    Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a new instance of the published definition to the caller's context without saving:
    /// the caller's SaveChanges commits it with its domain rows, then a background node runs its
    /// first step. Nothing is written if the caller's transaction fails.
    /// </summary>
    Task<Guid> DispatchAsync(string definitionId, JsonNode? input = null, string? correlationId = null, CancellationToken cancellationToken = default);
}
