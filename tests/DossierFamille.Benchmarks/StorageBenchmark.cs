using Azure.Storage.Blobs;
using DossierFamille.Benchmarks.Storage;
using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Pdf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DossierFamille.Benchmarks;

/// <summary>
/// Prints raw_put_ms (a 2,000 ko PDF put straight to Azurite), intake_pdf_ms (the same file through
/// the full intake, antivirus off, into Azurite), pdf_checks_ms (the PDF checks alone) and intake_photo_ms (a 12-megapixel JPEG normalised
/// under 2000 ko and stored), each the median of several runs.
/// </summary>
internal static class StorageBenchmark
{
    public static async Task<int> RunAsync()
    {
        var connectionString = TestServices.Start("df_start_azurite", "DF_TEST_AZURITE");
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateIfNotExistsAsync();
        try
        {
            var pdf = BenchmarkSamples.ScannedPdf(2_000 * 1024);
            var photo = BenchmarkSamples.TwelveMegapixelPhoto();
            var store = new AzureBlobStore(container, TimeProvider.System);
            var intake = new DocumentIntake(new FileIntake(store, new DisabledAntivirusScanner(), Options.Create(new IntakeOptions()), NullLogger<FileIntake>.Instance));

            var pdfTimes = await Timing.InterleavedMediansMsAsync(3, 21, async () =>
            {
                using var content = new MemoryStream(pdf, writable: false);
                await container.GetBlobClient(Guid.NewGuid().ToString("N")).UploadAsync(content);
            }, () => AcceptAsync(intake, pdf, "avis.pdf"), () => Task.FromResult(PdfInspector.Inspect(pdf)));
            var (rawPut, intakePdf, inspectPdf) = (pdfTimes[0], pdfTimes[1], pdfTimes[2]);
            var intakePhoto = (await Timing.InterleavedMediansMsAsync(1, 7, () => AcceptAsync(intake, photo, "photo.jpg")))[0];

            Console.WriteLine($"pdf_bytes={pdf.Length}");
            Console.WriteLine($"photo_bytes={photo.Length}");
            Console.WriteLine($"raw_put_ms={Timing.Format(rawPut)}");
            Console.WriteLine($"intake_pdf_ms={Timing.Format(intakePdf)}");
            Console.WriteLine($"pdf_checks_ms={Timing.Format(inspectPdf)}");
            Console.WriteLine($"intake_photo_ms={Timing.Format(intakePhoto)}");
            Console.WriteLine($"intake_pdf_over_raw_put={(intakePdf / rawPut).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
            return 0;
        }
        finally
        {
            await container.DeleteIfExistsAsync();
        }
    }

    private static async Task AcceptAsync(DocumentIntake intake, byte[] content, string fileName)
    {
        using var stream = new MemoryStream(content, writable: false);
        var results = await intake.ProcessAsync(new IntakeRequest(PieceLimits.Default, [new IncomingFile(stream, fileName)]));
        if (results[0] is RefusedDocument refused)
        {
            throw new InvalidOperationException($"benchmark input refused: {refused.Reason} {refused.Message}");
        }
    }
}
