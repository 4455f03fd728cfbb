namespace DossierFamille.Workflows.Runtime;

/// <summary>Event names of the execution journal.</summary>
public static class JournalEvents
{
    public const string Completed = "Completed";
    public const string Suspended = "Suspended";
    public const string Resumed = "Resumed";
    public const string Faulted = "Faulted";
    public const string Cancelled = "Cancelled";
    public const string Waiting = "Waiting";
}
