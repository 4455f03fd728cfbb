namespace DossierFamille.Workflows.Persistence;

/// <summary>A signal that arrived before its bookmark; delivered when a bookmark with the same hash appears.</summary>
public sealed class WfQueuedStimulus
{
    public Guid Id { get; set; }

    public string Hash { get; set; } = "";

    public string Name { get; set; } = "";

    public string? CorrelationId { get; set; }

    public string? PayloadJson { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
