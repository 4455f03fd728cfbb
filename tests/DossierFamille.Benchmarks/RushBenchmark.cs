using System.Diagnostics;
using System.Globalization;
using DossierFamille.Benchmarks.Rush;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DossierFamille.Benchmarks;

/// <summary>
/// The opening-day rush: N parents, signed in beforehand, each book a month for their two children
/// and validate at the same moment through the portal's real HTTP stack on PostgreSQL, on activities
/// processed at once whose places are fewer than the demand; then the same in nightly mode and one
/// nightly run over all those requests. Usage: rush [N] (default 2500).
/// </summary>
internal static class RushBenchmark
{
    private const int NoopParents = 8;

    public static async Task<int> RunAsync(int parents)
    {
        var admin = TestServices.Start("df_start_postgres", "DF_TEST_POSTGRES");
        var name = $"df_rush_{Guid.NewGuid():N}"[..24];
        var mail = Directory.CreateTempSubdirectory("df-rush-mail-").FullName;
        // PostgreSQL's 100 connections are shared with the other test runs of the machine. At a rush on a CPU-bound machine
        // requests queue for a pooled connection longer than Npgsql's default 15 s: they wait up to a minute instead of failing.
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 40, Timeout = 60 }.ConnectionString;
        var portal = new RushPortal(connection, mail);
        var clients = new List<RushParent>();
        try
        {
            var setup = Stopwatch.GetTimestamp();
            portal.Start();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            // A month past the Thursday deadline and within the 90-day horizon; the nightly round books the next one.
            var month = new DateOnly(today.AddDays(35).Year, today.AddDays(35).Month, 1);
            var school = await RushSetup.CreateAsync(portal.Services, parents + NoopParents, month);
            clients.AddRange(school.Families.Select((_, i) => new RushParent(portal.BaseAddress, i + 1)));
            await SignInAllAsync(clients, school.Families);
            Console.Error.WriteLine($"setup_s={Stopwatch.GetElapsedTime(setup).TotalSeconds:0}");
            var rushing = clients.Take(parents).ToList();
            var watching = clients.Skip(parents).ToList();
            var rushSchool = school with { Families = [.. school.Families.Take(parents)] };

            var immediate = new RushRound(rushSchool, rushing, watching);
            using var cost = await RushCost.StartAsync(admin, name);
            using (var sampling = new CancellationTokenSource())
            {
                var progress = ProgressAsync(portal.Services, sampling.Token);
                await immediate.RunAsync(month);
                await sampling.CancelAsync();
                await progress;
            }

            await cost.PrintAsync("rush", parents);

            Console.WriteLine($"rush_parents={parents}");
            Console.WriteLine($"rush_days_ticked={immediate.DaysTicked}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rush_window_s={immediate.Window.TotalSeconds:0.0}"));
            Console.WriteLine($"rush_confirm_p50_ms={RushRound.Format(immediate.ConfirmMs(0.50))}");
            Console.WriteLine($"rush_confirm_p95_ms={RushRound.Format(immediate.ConfirmMs(0.95))}");
            Console.WriteLine($"noop_p95_ms={RushRound.Format(immediate.NoopMs(0.95))}");
            Console.WriteLine($"rush_errors={immediate.Errors}");
            Console.WriteLine($"rush_overbooked={await OverbookedAsync(portal.Services, school)}");
            Console.WriteLine($"rush_unprocessed={await UnprocessedAsync(portal.Services, school)}");
            immediate.FirstErrors.ToList().ForEach(Console.Error.WriteLine);

            // The same requests in nightly mode, for the next month: recorded "Non transmise", then one night's run.
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var ids = new[] { school.Restauration, school.ApsMatin };
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Activities.Where(a => ids.Contains(a.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.ProcessingMode, BookingProcessingMode.Nightly));
            }

            var nightly = new RushRound(rushSchool, rushing, watching);
            await nightly.RunAsync(month.AddMonths(1));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nightly_validation_window_s={nightly.Window.TotalSeconds:0.0}"));
            Console.WriteLine($"nightly_confirm_p95_ms={RushRound.Format(nightly.ConfirmMs(0.95))}");
            Console.WriteLine($"nightly_validation_errors={nightly.Errors}");
            nightly.FirstErrors.ToList().ForEach(Console.Error.WriteLine);
            var (requests, seconds) = await NightAsync(portal.Services);
            Console.WriteLine($"nightly_requests={requests}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nightly_s={seconds:0.0}"));
            Console.WriteLine($"nightly_overbooked={await OverbookedAsync(portal.Services, school)}");
            Console.WriteLine($"nightly_unprocessed={await UnprocessedAsync(portal.Services, school)}");
            Console.WriteLine($"loadavg={File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            await portal.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using (var db = new NpgsqlConnection(admin))
            {
                await db.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", db);
                await drop.ExecuteNonQueryAsync();
            }

            Directory.Delete(mail, recursive: true);
        }

        return 0;
    }

    /// <summary>Logins are not measured (password hashing is deliberately slow): a few at a time, before the window.</summary>
    private static async Task SignInAllAsync(List<RushParent> clients, IReadOnlyList<RushFamily> families)
    {
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            await gate.WaitAsync();
            try
            {
                await client.SignInAsync(families[i].UserName, RushSetup.Password);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>Every 5 s of the window, to the error output: the requests recorded and processed so far (how the rounds go).</summary>
    private static async Task ProgressAsync(IServiceProvider services, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var at = Stopwatch.GetElapsedTime(started).TotalSeconds;
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var recorded = await db.BookingRequests.CountAsync(CancellationToken.None);
                var processed = await db.BookingRequests.CountAsync(r => r.ProcessedAt != null, CancellationToken.None);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rush_progress t={at:0}s recorded={recorded} processed={processed}"));
            }
            catch (InvalidOperationException e)
            {
                // The portal's pool ran dry too: the sample is lost, not the run.
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rush_progress t={at:0}s unavailable: {e.GetBaseException().Message}"));
            }
        }
    }

    /// <summary>One night's run as the workflow's activity does it, in one slice: every request validated before it started.</summary>
    private static async Task<(int Requests, double Seconds)> NightAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var run = scope.ServiceProvider.GetRequiredService<NightlyBookingRun>();
        var started = Stopwatch.GetTimestamp();
        var (processed, finished) = await run.ProcessAsync(await run.CutoffAsync(CancellationToken.None), TimeSpan.FromHours(1), CancellationToken.None);
        return finished ? (processed, Stopwatch.GetElapsedTime(started).TotalSeconds) : throw new InvalidOperationException("The night's run did not finish within an hour.");
    }

    /// <summary>Days of the school's activities with more children accepted than places, counted in the database.</summary>
    private static async Task<int> OverbookedAsync(IServiceProvider services, RushSchool school)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = new[] { school.Restauration, school.ApsMatin };
        var capacities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.CapacityPerDay);
        var ownCapacities = await db.ActivityDays.AsNoTracking().Where(d => ids.Contains(d.ActivityId) && d.Capacity != null)
            .ToDictionaryAsync(d => (d.ActivityId, d.Day), d => d.Capacity!.Value);
        var accepted = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.ActivityId) && b.State == BookingState.Acceptee)
            .GroupBy(b => new { b.ActivityId, b.Day }).Select(g => new { g.Key.ActivityId, g.Key.Day, Count = g.Count() }).ToListAsync();
        return accepted.Count(d => d.Count > ownCapacities.GetValueOrDefault((d.ActivityId, d.Day), capacities[d.ActivityId]));
    }

    /// <summary>Requests left without a final state.</summary>
    private static async Task<int> UnprocessedAsync(IServiceProvider services, RushSchool school)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = new[] { school.Restauration, school.ApsMatin };
        return await db.BookingRequests.CountAsync(r => ids.Contains(r.Booking!.ActivityId) && (r.ProcessedAt == null || r.Outcome == null));
    }
}
