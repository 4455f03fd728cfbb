namespace DossierFamille.Workflows.Persistence;

/// <summary>A way to start a published definition, indexed at publish (signal by hash of its name; cron via a WfTimer).</summary>
public sealed class WfTrigger
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public Guid DefinitionVersionId { get; set; }

    public string ActivityId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Hash { get; set; } = "";
}
