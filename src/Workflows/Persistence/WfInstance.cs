using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Workflows.Persistence;

/// <summary>A running or finished instance, pinned to the definition version it started on.</summary>
public sealed class WfInstance
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public Guid DefinitionVersionId { get; set; }

    public WorkflowStatus Status { get; set; }

    public string? CorrelationId { get; set; }

    public string StateJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentBookmarkId { get; set; }

    /// <summary>True when scheduled work waits for a background node (dispatch, retry).</summary>
    public bool HasPendingWork { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>Concurrency token: every step increments it, so two nodes never commit the same instance twice.</summary>
    public int ConcurrencyVersion { get; set; }
}
