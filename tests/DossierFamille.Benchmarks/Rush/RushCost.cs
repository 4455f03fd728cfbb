using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Npgsql;

namespace DossierFamille.Benchmarks.Rush;

/// <summary>
/// What a window cost, less sensitive to the other engineers' load than its wall clock: the CPU time of this process (the
/// portal and its HTTP clients), the CPU time of the PostgreSQL backends connected to the rush's database (read in /proc:
/// the server runs on this machine; a backend that exits during the window takes its time with it), and the commands the
/// portal sent, counted from Npgsql's metrics.
/// </summary>
internal sealed class RushCost : IDisposable
{
    private const string CommandDuration = "db.client.operation.duration";
    private const string PreparedRatio = "db.client.operation.npgsql.prepared_ratio";
    private readonly MeterListener listener = new();
    private readonly string admin;
    private readonly string database;
    private long commands;
    private double preparedPercent;
    private TimeSpan processCpu;
    private Dictionary<int, long> backendTicks = [];

    private RushCost(string admin, string database)
    {
        this.admin = admin;
        this.database = database;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.Name is CommandDuration or PreparedRatio)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == CommandDuration)
            {
                Interlocked.Increment(ref commands);
            }
            else if (tags.ToArray().Any(t => t.Value is string pool && pool.Contains(database, StringComparison.Ordinal)))
            {
                // The portal's pool, not the benchmark's own connections to the server.
                preparedPercent = value;
            }
        });
    }

    /// <summary>Starts counting now.</summary>
    public static async Task<RushCost> StartAsync(string admin, string database)
    {
        var cost = new RushCost(admin, database);
        cost.backendTicks = await cost.BackendTicksAsync();
        cost.processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        cost.listener.Start();
        return cost;
    }

    /// <summary>
    /// Stops counting and prints the cost per parent (portal CPU, database CPU, commands) and the share of the commands that
    /// ran prepared (Npgsql's ratio since the portal started, set-up included).
    /// </summary>
    public async Task PrintAsync(string prefix, int parents)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        listener.RecordObservableInstruments();
        listener.Dispose();
        var ticks = await BackendTicksAsync();
        var backendTicksSpent = ticks.Sum(b => b.Value - backendTicks.GetValueOrDefault(b.Key));
        var dbMs = backendTicksSpent * 1000.0 / 100; // USER_HZ: 100 ticks a second on Linux
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}_portal_cpu_ms_per_parent={cpu.TotalMilliseconds / parents:0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}_db_cpu_ms_per_parent={dbMs / parents:0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}_queries_per_parent={(double)commands / parents:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}_prepared_percent={preparedPercent:0}"));
    }

    public void Dispose() => listener.Dispose();

    /// <summary>utime + stime of each backend of the database, by process id.</summary>
    private async Task<Dictionary<int, long>> BackendTicksAsync()
    {
        var pids = new List<int>();
        await using (var db = new NpgsqlConnection(admin))
        {
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = @name", db);
            command.Parameters.AddWithValue("name", database);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pids.Add(reader.GetInt32(0));
            }
        }

        var ticks = new Dictionary<int, long>();
        foreach (var pid in pids)
        {
            try
            {
                // Fields after the command's closing parenthesis: state is the 3rd field of the line, utime the 14th, stime the 15th.
                var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The backend exited meanwhile.
            }
        }

        return ticks;
    }
}
