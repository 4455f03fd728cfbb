using DossierFamille.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Persistence;

/// <summary>Finds definition versions and their compiled (cached) form.</summary>
internal sealed class DefinitionStore(WorkflowDb db, WorkflowCompiler compiler)
{
    public async Task<(WfDefinition Row, CompiledWorkflow Workflow)?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        var row = await db.Definitions.AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published, cancellationToken);
        return row is null ? null : (row, compiler.GetOrCompile(row.Id, () => WorkflowJson.Parse(row.Json)));
    }

    public async Task<CompiledWorkflow> GetVersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        if (compiler.TryGet(versionId) is { } compiled)
        {
            return compiled;
        }

        var json = await db.Definitions.Where(d => d.Id == versionId).Select(d => d.Json).SingleAsync(cancellationToken);
        return compiler.GetOrCompile(versionId, () => WorkflowJson.Parse(json));
    }
}
