using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Workflows.Http;

public sealed record InstanceSummary(Guid Id, string DefinitionId, int DefinitionVersion, string Status, string? CorrelationId, DateTime CreatedAt, DateTime UpdatedAt, DateTime? FinishedAt)
{
    public static InstanceSummary From(WfInstance row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.DefinitionId, row.DefinitionVersion, row.Status.ToString(), row.CorrelationId, row.CreatedAt, row.UpdatedAt, row.FinishedAt);
    }
}
