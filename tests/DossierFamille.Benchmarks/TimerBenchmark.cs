using System.Globalization;
using DossierFamille.Benchmarks.Engine;
using DossierFamille.Workflows;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Email;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DossierFamille.Benchmarks;

/// <summary>
/// Timer lateness on PostgreSQL with two nodes running their background schedulers (real clock):
/// how long after its due time each Delay resumed, in normal running and for timers whose lease a
/// dead node held when they fell due.
/// </summary>
internal static class TimerBenchmark
{
    private const int Timers = 200;
    private const int DeadNodeTimers = 40;

    public static async Task<int> RunAsync()
    {
        var admin = TestServices.Start("df_start_postgres", "DF_TEST_POSTGRES");
        var name = $"wf_timers_{Guid.NewGuid():N}";
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 }.ConnectionString;
            await using var first = await NodeAsync(connection, "node-a");
            await using var second = await NodeAsync(connection, "node-b");
            await using (var scope = first.CreateAsyncScope())
            {
                var published = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>().PublishIfAbsentAsync(Delayed());
                if (!published.Published)
                {
                    throw new InvalidOperationException(string.Join("; ", published.Errors.Select(e => e.Message)));
                }
            }

            foreach (var node in new[] { first, second })
            {
                foreach (var hosted in node.GetServices<IHostedService>())
                {
                    await hosted.StartAsync(CancellationToken.None);
                }
            }

            Print("timers_normal", await MeasureAsync(first, second, Timers, deadNode: false));
            Print("timers_dead_node", await MeasureAsync(first, second, DeadNodeTimers, deadNode: true));
            foreach (var node in new[] { first, second })
            {
                foreach (var hosted in node.GetServices<IHostedService>())
                {
                    await hosted.StopAsync(CancellationToken.None);
                }
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        return 0;
    }

    /// <summary>Starts instances on both nodes with delays of 2 to 12 s (10 to 20 s for the dead node's); returns each timer's lateness in ms once all fired.</summary>
    private static async Task<List<double>> MeasureAsync(ServiceProvider first, ServiceProvider second, int count, bool deadNode)
    {
        var instances = new List<Guid>();
        var delays = new Dictionary<Guid, TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            var node = i % 2 == 0 ? first : second;
            // Timers of the dead node fall due after they are all leased.
            var delay = TimeSpan.FromMilliseconds((deadNode ? 10_000 : 2000) + Random.Shared.Next(10_000));
            var input = new System.Text.Json.Nodes.JsonObject { ["duree"] = System.Xml.XmlConvert.ToString(delay) };
            var id = (await node.GetRequiredService<IWorkflowRuntime>().StartAsync("bench-timer", input)).InstanceId;
            instances.Add(id);
            delays[id] = delay;
        }

        await using var scope = first.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        if (deadNode)
        {
            // A node claimed each timer the moment it fell due, then died: its lease runs out on its own.
            var lease = first.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkflowOptions>>().Value.LeaseDuration;
            await db.Set<WfTimer>().Where(t => instances.Contains(t.InstanceId!.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, "dead-node").SetProperty(t => t.LeaseExpiresAt, t => t.DueAt + lease));
        }

        // Due = when the Delay ran (its "Suspended" journal entry) plus its duration.
        var due = (await db.Set<WfJournalEntry>().AsNoTracking()
            .Where(j => instances.Contains(j.InstanceId) && j.ActivityId == "delay" && j.EventName == JournalEvents.Suspended)
            .ToListAsync()).ToDictionary(j => j.InstanceId, j => j.Timestamp + delays[j.InstanceId]);
        var fired = new Dictionary<Guid, DateTime>();
        for (var wait = 0; wait < 600 && fired.Count < instances.Count; wait++)
        {
            await Task.Delay(250);
            fired = await db.Set<WfJournalEntry>().AsNoTracking()
                .Where(j => instances.Contains(j.InstanceId) && j.ActivityId == "delay" && j.EventName == JournalEvents.Completed)
                .ToDictionaryAsync(j => j.InstanceId, j => j.Timestamp);
        }

        if (fired.Count < instances.Count)
        {
            throw new InvalidOperationException($"{instances.Count - fired.Count} timers never fired");
        }

        return [.. instances.Select(id => (fired[id] - due[id]).TotalMilliseconds).Order()];
    }

    private static async Task<ServiceProvider> NodeAsync(string connection, string nodeId)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<BenchDbContext>(o => o.UseNpgsql(connection));
        services.AddScoped<IWorkflowMailer, BenchMailer>();
        services.AddWorkflows<BenchDbContext>(b => b.Configure(o => o.NodeId = nodeId));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
        return provider;
    }

    private static WorkflowDefinitionModel Delayed() => new WorkflowBuilder("bench-timer", "Minuteur (benchmark)")
        .Add("start", "Start")
        .Add("delay", "Delay", a => a.JavaScript("Duration", "input.duree"))
        .Add("end", "End")
        .Sequence("start", "delay", "end")
        .Build();

    private static async Task ExecAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static void Print(string name, List<double> lateMs)
    {
        var p95 = lateMs[(int)Math.Ceiling(lateMs.Count * 0.95) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_late_mean_ms={lateMs.Average():0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_late_p95_ms={p95:0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_late_max_ms={lateMs[^1]:0}"));
    }
}
