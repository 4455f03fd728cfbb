using System.ComponentModel.DataAnnotations;
using DossierFamille.Workflows.Scripting;

namespace DossierFamille.Workflows;

/// <summary>Engine settings, section "Workflows"; validated at start-up.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Identifies this process in timer and instance leases.</summary>
    [Required]
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>
    /// The longest the background service sleeps between two polls; it also wakes at the next due
    /// timer (or lease expiry) and when this process creates a nearer timer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a timer or instance lease lasts before another process may take it over (a node that
    /// died); a node renews its leases every third of it while it works on them.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How many due timers and pending instances one node runs at once: a slow instance does not hold up the others.</summary>
    [Range(1, 64)]
    public int SchedulerParallelism { get; set; } = 4;

    /// <summary>The longest one step may run its activities; past it the instance stops with an incident (retryable).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan StepTimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timer resumes in a row without a real wait (a Delay of zero in a loop) before the instance is faulted.</summary>
    [Range(1, 1_000_000)]
    public int MaxZeroWaitResumes { get; set; } = 100;

    /// <summary>How long a signal that arrived before its bookmark stays queued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan QueuedSignalLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Attempts of a step when another node changed the same instance at the same time.</summary>
    [Range(1, 100)]
    public int MaxConcurrencyRetries { get; set; } = 10;

    /// <summary>Guard against endless loops inside one step.</summary>
    [Range(10, 1_000_000)]
    public int MaxActivitiesPerStep { get; set; } = 10_000;

    /// <summary>Authorization policy for reading, tasks and signals.</summary>
    [Required]
    public string StaffPolicy { get; set; } = "WorkflowStaff";

    /// <summary>Authorization policy for editing and publishing definitions.</summary>
    [Required]
    public string AdminPolicy { get; set; } = "WorkflowAdmin";

    /// <summary>Set false in processes that must not run timers (tests, tools).</summary>
    public bool RunBackgroundService { get; set; } = true;

    public ScriptingOptions Scripting { get; set; } = new();
}
