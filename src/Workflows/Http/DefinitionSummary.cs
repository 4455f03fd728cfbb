using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Workflows.Http;

public sealed record DefinitionSummary(Guid Id, string DefinitionId, int Version, string Name, string Status, DateTime CreatedAt, DateTime? PublishedAt)
{
    public static DefinitionSummary From(WfDefinition row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.DefinitionId, row.Version, row.Name, row.Status.ToString(), row.CreatedAt, row.PublishedAt);
    }
}
