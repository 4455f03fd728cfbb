using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Tests.Corpus;

namespace DossierFamille.Storage.Tests.Intake;

public sealed class AntivirusOutageTests() : StoreTestBase(azure: false)
{
    [Fact]
    public async Task When_clamd_is_down_uploads_are_refused_and_nothing_is_stored()
    {
        var intake = IntakeHarness.Create(Store, new ClamdClient("127.0.0.1", 1, TimeSpan.FromSeconds(5)));

        var results = await intake.ProcessAsync(new IntakeRequest(PieceLimits.Default, [IntakeHarness.File(PdfSamples.Valid(1), "a.pdf")]));

        var refused = Assert.IsType<RefusedDocument>(Assert.Single(results));
        Assert.Equal(RefusalReason.AntivirusUnavailable, refused.Reason);
        Assert.Empty(await AllBlobNamesAsync());
    }
}
