namespace DossierFamille.Workflows.Persistence;

public sealed class WfBookmark
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ActivityId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Hash { get; set; } = "";

    public string? PayloadJson { get; set; }

    public DateTime CreatedAt { get; set; }
}
