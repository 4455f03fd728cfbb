namespace DossierFamille.Web.Features.Designer;

/// <summary>
/// What the correlation of one workflow means, told by the feature that starts it (the engine knows nothing of
/// families): which instances belong to a family, and a French label for the instance list and viewer.
/// </summary>
public interface IWorkflowSubjects
{
    string DefinitionId { get; }

    Task<IReadOnlyList<string>> CorrelationsOfFamilyAsync(int familyId, CancellationToken cancellationToken);

    /// <summary>Labels of the given correlations; unknown ones are left out.</summary>
    Task<IReadOnlyDictionary<string, WorkflowSubject>> DescribeAsync(IReadOnlyCollection<string> correlations, CancellationToken cancellationToken);
}
