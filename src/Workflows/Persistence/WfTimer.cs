namespace DossierFamille.Workflows.Persistence;

/// <summary>A durable timer: resumes a bookmark, or (cron trigger) starts a definition and re-arms itself.</summary>
public sealed class WfTimer
{
    public Guid Id { get; set; }

    public DateTime DueAt { get; set; }

    public Guid? BookmarkId { get; set; }

    public Guid? InstanceId { get; set; }

    public string? DefinitionId { get; set; }

    public string? TriggerActivityId { get; set; }

    public string? Cron { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public int ConcurrencyVersion { get; set; }
}
