namespace DossierFamille.Workflows.Tests.Fixtures;

public sealed class DomainRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string Label { get; set; } = "";
}
