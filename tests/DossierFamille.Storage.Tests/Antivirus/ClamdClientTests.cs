using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Tests.Corpus;
using DossierFamille.Storage.Tests.Intake;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Tests.Antivirus;

public sealed class ClamdClientTests
{
    [Fact]
    public async Task The_real_clamd_finds_eicar_and_passes_a_clean_pdf()
    {
        var clamd = IntakeHarness.RealClamd();

        var infected = await clamd.ScanAsync(OtherSamples.Eicar(), CancellationToken.None);
        var clean = await clamd.ScanAsync(PdfSamples.Valid(1), CancellationToken.None);

        Assert.Equal(ScanOutcome.Infected, infected.Outcome);
        Assert.False(string.IsNullOrEmpty(infected.Signature));
        Assert.Equal(ScanVerdict.Clean, clean);
    }

    [Fact]
    public async Task The_health_check_pings_clamd()
    {
        var health = await new ClamdHealthCheck(IntakeHarness.RealClamd()).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public async Task An_unreachable_clamd_is_reported_unavailable_so_the_upload_is_refused()
    {
        var clamd = new ClamdClient("127.0.0.1", 1, TimeSpan.FromSeconds(5));

        var verdict = await clamd.ScanAsync(PdfSamples.Valid(1), CancellationToken.None);
        var health = await new ClamdHealthCheck(clamd).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(ScanOutcome.Unavailable, verdict.Outcome);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }

    [Theory]
    [InlineData("stream: OK", "Clean", null)]
    [InlineData("stream: Eicar-Test-Signature FOUND", "Infected", "Eicar-Test-Signature")]
    [InlineData("INSTREAM size limit exceeded. ERROR", "Unavailable", "INSTREAM size limit exceeded. ERROR")]
    public void Replies_are_parsed(string reply, string outcome, string? signature) =>
        Assert.Equal(new ScanVerdict(Enum.Parse<ScanOutcome>(outcome), signature), ClamdClient.Parse(reply));
}
