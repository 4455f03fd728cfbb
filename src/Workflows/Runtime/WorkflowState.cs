using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>The serialized state of an instance between steps.</summary>
internal sealed class WorkflowState
{
    public JsonObject Variables { get; set; } = [];

    public JsonNode? Input { get; set; }

    public List<ScheduledActivity> Scheduled { get; set; } = [];

    /// <summary>Open bookmarks: bookmark id → activity id.</summary>
    public Dictionary<Guid, string> Waiting { get; set; } = [];

    /// <summary>Join id → source activities that arrived.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; set; } = new(StringComparer.Ordinal);

    /// <summary>WaitAny joins that already fired.</summary>
    public List<string> FiredJoins { get; set; } = [];

    public List<string> Faulted { get; set; } = [];

    public int JournalSequence { get; set; }

    /// <summary>Timer resumes in a row whose timer was due when it was set (a loop without a real wait).</summary>
    public int ZeroWaitResumes { get; set; }
}
