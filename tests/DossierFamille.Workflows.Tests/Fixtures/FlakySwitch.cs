namespace DossierFamille.Workflows.Tests.Fixtures;

public sealed class FlakySwitch
{
    public bool Fail { get; set; } = true;
}
