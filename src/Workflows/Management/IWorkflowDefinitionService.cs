using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Workflows.Management;

/// <summary>Drafts, versions, publishing (scoped; uses the host's DbContext and saves it).</summary>
public interface IWorkflowDefinitionService
{
    IReadOnlyList<ValidationError> Validate(WorkflowDefinitionModel model);

    /// <summary>Creates or replaces the draft (version = latest + 1).</summary>
    Task<WfDefinition> SaveDraftAsync(WorkflowDefinitionModel model, CancellationToken cancellationToken = default);

    /// <summary>Publishes the draft after validation; the previous published version is superseded (running instances keep it).</summary>
    Task<PublishResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Code-first workflows shipped by the host: saves and publishes only when no version exists yet.</summary>
    Task<PublishResult> PublishIfAbsentAsync(WorkflowDefinitionModel model, CancellationToken cancellationToken = default);

    Task<bool> RetractAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Creates a new draft from an old version.</summary>
    Task<WfDefinition?> RollbackAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WfDefinition>> ListLatestAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WfDefinition>> VersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The given version, else the draft, else the latest version.</summary>
    Task<WfDefinition?> GetAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Parses (clear errors on invalid JSON) and saves as draft.</summary>
    Task<WfDefinition> ImportAsync(string json, CancellationToken cancellationToken = default);
}
