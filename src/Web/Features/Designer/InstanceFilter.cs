using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Features.Designer;

/// <summary>Filters of the instance list; <paramref name="Family"/> is a family id, reference or name.</summary>
public sealed record InstanceFilter(string? DefinitionId, WorkflowStatus? Status, string? Correlation, string? Family, DateOnly? From, DateOnly? To);
