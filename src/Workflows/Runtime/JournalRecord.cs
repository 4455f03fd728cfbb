namespace DossierFamille.Workflows.Runtime;

internal sealed record JournalRecord(
    int Sequence,
    string ActivityId,
    string ActivityType,
    string EventName,
    string? Outcome,
    string? Message,
    DateTime Timestamp,
    double? DurationMs);
