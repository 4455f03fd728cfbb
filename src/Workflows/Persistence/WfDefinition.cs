namespace DossierFamille.Workflows.Persistence;

/// <summary>One version of a definition (draft, published, superseded or retracted).</summary>
public sealed class WfDefinition
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public DefinitionStatus Status { get; set; }

    public string Json { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }
}
