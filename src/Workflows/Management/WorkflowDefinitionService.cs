using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Management;

internal sealed class WorkflowDefinitionService(WorkflowDb db, WorkflowValidator validator, TriggerIndexer triggers, TimeProvider timeProvider) : IWorkflowDefinitionService
{
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinitionModel model) => validator.Validate(model);

    public async Task<WfDefinition> SaveDraftAsync(WorkflowDefinitionModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var versions = await db.Definitions.Where(d => d.DefinitionId == model.DefinitionId).ToListAsync(cancellationToken);
        var draft = versions.FirstOrDefault(d => d.Status == DefinitionStatus.Draft);
        if (draft is null)
        {
            draft = new WfDefinition
            {
                Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
                DefinitionId = model.DefinitionId,
                Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
                Status = DefinitionStatus.Draft,
                CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
            };
            db.Definitions.Add(draft);
        }

        model.Version = draft.Version;
        draft.Name = string.IsNullOrWhiteSpace(model.Name) ? model.DefinitionId : model.Name;
        draft.Json = WorkflowJson.Serialize(model);
        await db.Context.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<PublishResult> PublishAsync(string definitionId, CancellationToken cancellationToken)
    {
        var draft = await db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return new PublishResult(false, null, [new ValidationError(null, "draft.missing", $"Aucun brouillon à publier pour '{definitionId}'.")]);
        }

        var model = WorkflowJson.Parse(draft.Json);
        var errors = validator.Validate(model);
        if (errors.Count > 0)
        {
            return new PublishResult(false, draft.Version, errors);
        }

        foreach (var previous in await db.Definitions.Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published).ToListAsync(cancellationToken))
        {
            previous.Status = DefinitionStatus.Superseded;
        }

        draft.Status = DefinitionStatus.Published;
        draft.PublishedAt = timeProvider.GetUtcNow().UtcDateTime;
        await triggers.IndexAsync(draft, model, cancellationToken);
        await db.Context.SaveChangesAsync(cancellationToken);
        return new PublishResult(true, draft.Version, []);
    }

    public async Task<PublishResult> PublishIfAbsentAsync(WorkflowDefinitionModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (await db.Definitions.AnyAsync(d => d.DefinitionId == model.DefinitionId, cancellationToken))
        {
            return new PublishResult(false, null, []);
        }

        var errors = validator.Validate(model);
        if (errors.Count > 0)
        {
            return new PublishResult(false, null, errors);
        }

        await SaveDraftAsync(model, cancellationToken);
        return await PublishAsync(model.DefinitionId, cancellationToken);
    }

    public async Task<bool> RetractAsync(string definitionId, CancellationToken cancellationToken)
    {
        var published = await db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published, cancellationToken);
        if (published is null)
        {
            return false;
        }

        published.Status = DefinitionStatus.Retracted;
        await triggers.RemoveAsync(definitionId, cancellationToken);
        await db.Context.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<WfDefinition?> RollbackAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var old = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken);
        return old is null ? null : await SaveDraftAsync(WorkflowJson.Parse(old.Json), cancellationToken);
    }

    public async Task<IReadOnlyList<WfDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var all = await db.Definitions.AsNoTracking().OrderBy(d => d.DefinitionId).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        return [.. all.GroupBy(d => d.DefinitionId, StringComparer.Ordinal).Select(g => g.First())];
    }

    public async Task<IReadOnlyList<WfDefinition>> VersionsAsync(string definitionId, CancellationToken cancellationToken) =>
        await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).ToListAsync(cancellationToken);

    public async Task<WfDefinition?> GetAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var query = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        return version is { } v
            ? await query.FirstOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<WfDefinition> ImportAsync(string json, CancellationToken cancellationToken) =>
        SaveDraftAsync(WorkflowJson.Parse(json), cancellationToken);
}
