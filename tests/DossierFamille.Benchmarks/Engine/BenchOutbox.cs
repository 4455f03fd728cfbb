namespace DossierFamille.Benchmarks.Engine;

internal sealed class BenchOutbox
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Html { get; set; } = "";
}
