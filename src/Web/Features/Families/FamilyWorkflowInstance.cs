using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Features.Families;

/// <summary>A workflow instance about the family: which workflow, about what, where it stands.</summary>
public sealed record FamilyWorkflowInstance(Guid Id, string Workflow, string? Subject, WorkflowStatus Status, DateTime CreatedAt, DateTime UpdatedAt);
