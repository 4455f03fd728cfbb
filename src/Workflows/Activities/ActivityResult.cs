namespace DossierFamille.Workflows.Activities;

/// <summary>What an activity did: completed through outcome ports, suspended on bookmarks, waits (join) or ended the workflow.</summary>
public sealed class ActivityResult
{
    private static readonly string[] DoneOutcome = ["Done"];

    private ActivityResult(IReadOnlyList<string> outcomes, IReadOnlyList<BookmarkRequest> bookmarks, bool endsWorkflow, string? journalMessage = null)
    {
        Outcomes = outcomes;
        Bookmarks = bookmarks;
        EndsWorkflow = endsWorkflow;
        JournalMessage = journalMessage;
    }

    public static ActivityResult Done { get; } = new(DoneOutcome, [], false);

    /// <summary>Neither completed nor suspended: waits for more inbound arrivals (Join).</summary>
    public static ActivityResult Waiting { get; } = new([], [], false);

    public static ActivityResult EndWorkflow { get; } = new([], [], true);

    public IReadOnlyList<string> Outcomes { get; }

    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }

    public bool EndsWorkflow { get; }

    /// <summary>Text written with the activity's "Completed" journal entry.</summary>
    public string? JournalMessage { get; }

    /// <summary>Completes through "Done" and writes <paramref name="message"/> in the journal.</summary>
    public static ActivityResult Log(string message) => new(DoneOutcome, [], false, message);

    public static ActivityResult Complete(params string[] outcomes) => new(outcomes, [], false);

    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks) => new([], bookmarks, false);
}
