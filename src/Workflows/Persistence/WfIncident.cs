namespace DossierFamille.Workflows.Persistence;

public sealed class WfIncident
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ActivityId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string Message { get; set; } = "";

    public string ExceptionType { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? Resolution { get; set; }
}
