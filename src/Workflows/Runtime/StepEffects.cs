namespace DossierFamille.Workflows.Runtime;

/// <summary>What a step produced besides the state: persisted by the EF layer in the step's transaction.</summary>
internal sealed class StepEffects
{
    public List<NewBookmark> Bookmarks { get; } = [];

    public List<Guid> CancelledBookmarks { get; } = [];

    public List<JournalRecord> Journal { get; } = [];

    public List<IncidentRecord> Incidents { get; } = [];

    /// <summary>Signals sent by activities: resumed, started or queued in the same transaction.</summary>
    public List<SignalRecord> Signals { get; } = [];

    public void Clear()
    {
        Bookmarks.Clear();
        CancelledBookmarks.Clear();
        Journal.Clear();
        Incidents.Clear();
        Signals.Clear();
    }
}
