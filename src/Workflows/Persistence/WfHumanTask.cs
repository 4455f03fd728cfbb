namespace DossierFamille.Workflows.Persistence;

public sealed class WfHumanTask
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid BookmarkId { get; set; }

    public string ActivityId { get; set; } = "";

    public string? CorrelationId { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string? Role { get; set; }

    public string? Assignee { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>Allowed outcomes, separated by '|'.</summary>
    public string Outcomes { get; set; } = "";

    public HumanTaskStatus Status { get; set; }

    public string? Outcome { get; set; }

    public string? FormDataJson { get; set; }

    public string? CompletedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public int ConcurrencyVersion { get; set; }

    public IReadOnlyList<string> AllowedOutcomes => Outcomes.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether <paramref name="user"/> may claim and complete the task: it is assigned to or claimed by them, it is for one
    /// of their <paramref name="roles"/>, or it names neither role nor assignee (any staff member).
    /// The same rule as the task list of the HTTP API.
    /// </summary>
    public bool IsOfferedTo(string user, IEnumerable<string> roles) =>
        string.Equals(Assignee, user, StringComparison.Ordinal)
        || string.Equals(ClaimedBy, user, StringComparison.Ordinal)
        || (string.IsNullOrEmpty(Role) ? string.IsNullOrEmpty(Assignee) : roles.Contains(Role, StringComparer.Ordinal));
}
