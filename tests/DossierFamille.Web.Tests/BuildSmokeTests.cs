namespace DossierFamille.Web.Tests;

public sealed class BuildSmokeTests
{
    [Fact]
    public void Solution_builds_and_tests_run() => Assert.True(typeof(Program).Assembly.GetName().Name == "DossierFamille.Web");
}
