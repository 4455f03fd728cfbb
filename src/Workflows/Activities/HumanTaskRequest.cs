namespace DossierFamille.Workflows.Activities;

/// <summary>A task row to create for a HumanTask bookmark.</summary>
public sealed record HumanTaskRequest(
    Guid TaskId,
    string Title,
    string? Description,
    string? Role,
    string? Assignee,
    IReadOnlyList<string> Outcomes,
    DateTime? DueAt);
