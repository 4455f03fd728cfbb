namespace DossierFamille.Workflows.Persistence;

/// <summary>Append-only execution journal of an instance.</summary>
public sealed class WfJournalEntry
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int Sequence { get; set; }

    public string ActivityId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string EventName { get; set; } = "";

    public string? Outcome { get; set; }

    public string? Message { get; set; }

    public DateTime Timestamp { get; set; }

    public double? DurationMs { get; set; }
}
