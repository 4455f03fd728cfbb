using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// The engine inside the caller's unit of work: it runs in the caller's DI scope, on the caller's
/// DbContext, and its one SaveChanges also commits what the caller changed in that context (or joins
/// the caller's open transaction). A domain change and the signal it causes commit together or not
/// at all (<see cref="IWorkflowEnlistment"/> does the same for a dispatch). A concurrency conflict
/// is thrown to the caller, whose own changes were not saved.
/// </summary>
public interface IWorkflowStep
{
    /// <summary>As <see cref="IWorkflowRuntime.SendSignalAsync"/>, saving the caller's context with the step.</summary>
    Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload = null, CancellationToken cancellationToken = default);
}
