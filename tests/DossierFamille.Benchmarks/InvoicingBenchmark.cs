using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using DossierFamille.Benchmarks.Invoicing;
using DossierFamille.Benchmarks.Rush;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DossierFamille.Benchmarks;

/// <summary>
/// The monthly run of a commune of 5,000 families on PostgreSQL, each invoice's PDF stored in Azurite: prints invoices,
/// invoicing_s (the whole run), issuing_s (batches read, numbered and committed), pdf_wait_s (waiting for a batch's PDFs), portal_cpu_s (the portal process's CPU time in the run), invoice_pdf_ms (median per PDF, drawn and stored; then each part alone), invoices_per_s, and the machine's load.
/// </summary>
internal static class InvoicingBenchmark
{
    private const int Families = 5_000;

    public static async Task<int> RunAsync()
    {
        var postgres = TestServices.Start("df_start_postgres", "DF_TEST_POSTGRES");
        var azurite = TestServices.Start("df_start_azurite", "DF_TEST_AZURITE");
        var database = $"df_bench_{Guid.NewGuid():N}"[..24];
        var container = $"bench-invoicing-{Guid.NewGuid():N}"[..30];
        var mail = Directory.CreateTempSubdirectory("df-bench-mail-");
        try
        {
            // The portal as in production, its blobs in Azurite, its workflow timers off: the benchmark runs the month itself.
            await using var portal = new RushPortal(new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString(), mail.FullName,
            [
                new("Blobs:Provider", "Azure"),
                new("Blobs:ConnectionString", azurite),
                new("Blobs:Container", container),
                new("Workflows:RunBackgroundService", "false"),
            ]);
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
            var month = InvoicingSchedule.MonthBilledOn(CampaignSchedule.LocalDate(DateTimeOffset.UtcNow, zone));
            var seeding = Stopwatch.StartNew();
            var bookings = await BenchCommune.SeedAsync(portal.Services, Families, month);
            Console.WriteLine($"families={Families}");
            Console.WriteLine($"bookings={bookings}");
            Console.WriteLine(FormattableString.Invariant($"seeding_s={seeding.Elapsed.TotalSeconds:0.0}"));

            await using var scope = portal.Services.CreateAsyncScope();
            var load = Load();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var run = Stopwatch.StartNew();
            var progress = await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromHours(1), CancellationToken.None);
            run.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var issued = await db.Invoices.CountAsync(i => i.Month == month);
            var withPdf = await db.Invoices.CountAsync(i => i.Month == month && i.PdfBlobName != null);
            static double Median(IEnumerable<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ToList() is { Count: > 0 } sorted ? sorted[sorted.Count / 2] : 0;
            Console.WriteLine($"invoices={issued}");
            Console.WriteLine($"invoices_with_pdf={withPdf}");
            Console.WriteLine(FormattableString.Invariant($"invoicing_s={run.Elapsed.TotalSeconds:0.0}"));
            Console.WriteLine(FormattableString.Invariant($"issuing_s={progress.Issuing.TotalSeconds:0.0}"));
            Console.WriteLine(FormattableString.Invariant($"pdf_wait_s={progress.WaitingForPdfs.TotalSeconds:0.0}"));
            Console.WriteLine(FormattableString.Invariant($"portal_cpu_s={cpu.TotalSeconds:0.0}"));
            Console.WriteLine(FormattableString.Invariant($"invoice_pdf_ms={Median(progress.PdfTimes.Select(t => t.Total)):0.0}"));
            Console.WriteLine(FormattableString.Invariant($"invoice_pdf_drawn_ms={Median(progress.PdfTimes.Select(t => t.Drawn)):0.0}"));
            Console.WriteLine(FormattableString.Invariant($"invoice_pdf_stored_ms={Median(progress.PdfTimes.Select(t => t.Stored)):0.0}"));
            Console.WriteLine(FormattableString.Invariant($"invoices_per_s={issued / run.Elapsed.TotalSeconds:0.0}"));
            Console.WriteLine($"load_average_before={load}");
            Console.WriteLine($"load_average_after={Load()}");
            return issued == Families && withPdf == Families && progress.Finished ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using (var connection = new NpgsqlConnection(postgres))
            {
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            await new BlobServiceClient(azurite).GetBlobContainerClient(container).DeleteIfExistsAsync();
            mail.Delete(recursive: true);
        }
    }

    /// <summary>The 1, 5 and 15-minute load averages ("27.69 27.10 17.45").</summary>
    private static string Load() =>
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
}
