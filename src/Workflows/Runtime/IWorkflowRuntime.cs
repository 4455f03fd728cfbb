using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// Starts and resumes workflows. Each call is one step in its own DI scope (a fresh DbContext,
/// committed once); activities' domain rows are saved in that same transaction.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts the published version of a definition and runs it until it waits or ends.</summary>
    Task<WorkflowStartResult> StartAsync(string definitionId, JsonNode? input = null, string? correlationId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates the instance and leaves its first step to a background node.</summary>
    Task<Guid> DispatchAsync(string definitionId, JsonNode? input = null, string? correlationId = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes waiting bookmarks, starts triggered definitions, or queues the signal until a bookmark appears.</summary>
    Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes one bookmark; false when it was already consumed (duplicate).</summary>
    Task<bool> ResumeBookmarkAsync(Guid bookmarkId, JsonNode? payload = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a human task for <paramref name="user"/>, whose right to the task the host has checked itself
    /// (e.g. a page restricted to the task's role): neither role, assignee nor claim is checked here.
    /// </summary>
    Task<TaskCompletionResult> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? formData, string user, CancellationToken cancellationToken = default);

    /// <summary>Completes a human task if it is offered to <paramref name="actor"/> (role, assignee or claim) and not claimed by a colleague.</summary>
    Task<TaskCompletionResult> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? formData, TaskActor actor, CancellationToken cancellationToken = default);

    /// <summary>Reserves an open task for <paramref name="actor"/> if it is offered to them; claiming it again is a no-op.</summary>
    Task<TaskClaimResult> ClaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken cancellationToken = default);

    Task<bool> CancelAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Incident resolution: runs the faulted activities again.</summary>
    Task<bool> RetryAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Incident resolution: treats the faulted activities as done (first outcome).</summary>
    Task<bool> SkipAsync(Guid instanceId, CancellationToken cancellationToken = default);
}
