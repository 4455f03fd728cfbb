using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Tests.Intake;

internal static class IntakeHarness
{
    /// <summary>The real pipeline over <paramref name="store"/>, with the clamd started by ./test.sh (DF_TEST_CLAMD).</summary>
    public static DocumentIntake Create(IBlobStore store, IAntivirusScanner? antivirus = null, IntakeOptions? options = null) =>
        new(new FileIntake(store, antivirus ?? RealClamd(), Options.Create(options ?? new IntakeOptions()), NullLogger<FileIntake>.Instance));

    public static ClamdClient RealClamd()
    {
        var address = RequiredService.Clamd;
        var colon = address.LastIndexOf(':');
        return new ClamdClient(address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(30));
    }

    public static IncomingFile File(byte[] content, string name) => new(new ForwardOnlyStream(content), name, "application/octet-stream");
}
