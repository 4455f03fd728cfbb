namespace DossierFamille.Workflows.Tests.Fixtures;

public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Html { get; set; } = "";
}
