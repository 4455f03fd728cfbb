using System.Diagnostics;
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
using Npgsql;

namespace DossierFamille.Benchmarks;

/// <summary>Engine figures: in-memory 10-activity sequence, and review-shaped resumes on PostgreSQL vs plain transactions.</summary>
internal static class EngineBenchmark
{
    private const int Callers = 8;
    private const int Resumes = 800;

    public static async Task<int> RunAsync()
    {
        await Sequence10Async();
        var admin = TestServices.Start("df_start_postgres", "DF_TEST_POSTGRES");
        var name = $"wf_bench_{Guid.NewGuid():N}";
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 }.ConnectionString;
            await ResumeAsync(connection);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        return 0;
    }

    private static async Task Sequence10Async()
    {
        var services = new ServiceCollection();
        services.AddDbContext<BenchDbContext>(o => o.UseNpgsql("Host=unused"));
        services.AddWorkflows<BenchDbContext>(b => b.Configure(o => o.RunBackgroundService = false));
        await using var provider = services.BuildServiceProvider();
        var builder = new WorkflowBuilder("sequence10", "Séquence").Add("a0", "Start");
        for (var i = 1; i < 9; i++)
        {
            builder.Add("a" + i, "SetVariable", a => a.Literal("Variable", "v" + i.ToString(CultureInfo.InvariantCulture)).Literal("Value", i));
        }

        builder.Add("a9", "End").Sequence([.. Enumerable.Range(0, 10).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture))]);
        var workflow = provider.GetRequiredService<WorkflowCompiler>().Compile(Guid.NewGuid(), builder.Build());
        var runner = provider.GetRequiredService<WorkflowRunner>();

        async Task RunOnce()
        {
            var execution = new WorkflowExecution(workflow, WorkflowExecution.NewState(workflow, null), Guid.NewGuid(), null, provider);
            await runner.StartAsync(execution, null, null);
            if (execution.Status != WorkflowStatus.Finished)
            {
                throw new InvalidOperationException("sequence did not finish");
            }
        }

        for (var i = 0; i < 2000; i++)
        {
            await RunOnce();
        }

        const int runs = 20_000;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            await RunOnce();
        }

        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Print("engine_sequence10_us", watch.Elapsed.TotalMicroseconds / runs);
        Print("engine_sequence10_alloc_kb", allocated / 1024.0 / runs);
    }

    private static async Task ResumeAsync(string connection)
    {
        var services = new ServiceCollection();
        services.AddDbContext<BenchDbContext>(o => o.UseNpgsql(connection));
        services.AddScoped<IWorkflowMailer, BenchMailer>();
        services.AddWorkflows<BenchDbContext>(b => b.Configure(o => o.RunBackgroundService = false));
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
            var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
            var published = await definitions.PublishIfAbsentAsync(Review());
            if (!published.Published)
            {
                throw new InvalidOperationException(string.Join("; ", published.Errors.Select(e => e.Message)));
            }
        }

        var runtime = provider.GetRequiredService<IWorkflowRuntime>();
        var tasks = new List<Guid>();
        for (var i = 0; i < Resumes + 80; i++)
        {
            var started = await runtime.StartAsync("bench-review", correlationId: "f" + i.ToString(CultureInfo.InvariantCulture));
            await using var scope = provider.CreateAsyncScope();
            tasks.Add(await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Set<WfHumanTask>()
                .Where(t => t.InstanceId == started.InstanceId).Select(t => t.Id).SingleAsync());
        }

        await ParallelAsync(tasks.Take(80).ToList(), id => runtime.CompleteTaskAsync(id, "Accepter", null, "bench"));
        var engineRate = await ParallelAsync(tasks.Skip(80).ToList(), id => runtime.CompleteTaskAsync(id, "Accepter", null, "bench"));
        var rawRate = await ParallelAsync(Enumerable.Range(0, Resumes).Select(_ => Guid.NewGuid()).ToList(), id => RawTransactionAsync(provider, id));
        Print("engine_resume_pg_per_s", engineRate);
        Print("raw_pg_tx_per_s", rawRate);
        Print("engine_to_raw_ratio", engineRate / rawRate);
    }

    /// <summary>The rows a review completion writes (task, bookmark, instance, journal, outbox) in one plain transaction.</summary>
    private static async Task RawTransactionAsync(IServiceProvider provider, Guid id)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var now = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"WfHumanTasks\" SET \"Status\" = 'Completed', \"CompletedAt\" = {now} WHERE \"Id\" = {id}");
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"WfBookmarks\" WHERE \"Id\" = {id}");
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"WfInstances\" SET \"StateJson\" = '{{}}', \"UpdatedAt\" = {now} WHERE \"Id\" = {id}");
        for (var i = 0; i < 5; i++)
        {
            db.Set<WfJournalEntry>().Add(new WfJournalEntry { Id = Guid.NewGuid(), InstanceId = id, Sequence = i, ActivityId = "a", ActivityType = "t", EventName = "Completed", Timestamp = now });
        }

        db.Outbox.Add(new BenchOutbox { Id = Guid.NewGuid(), InstanceId = id, To = "x@example.org", Subject = "s", Html = "h" });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static async Task<double> ParallelAsync<T>(List<Guid> ids, Func<Guid, Task<T>> work)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < ids.Count)
            {
                await work(ids[index]);
            }
        })));
        return ids.Count / watch.Elapsed.TotalSeconds;
    }

    private static Task<double> ParallelAsync(List<Guid> ids, Func<Guid, Task> work) =>
        ParallelAsync(ids, async id =>
        {
            await work(id);
            return 0;
        });

    private static WorkflowDefinitionModel Review() => new WorkflowBuilder("bench-review", "Revue (benchmark)")
        .Add("start", "Start")
        .Add("review", "HumanTask", a => a.Literal("Title", "Vérifier").Literal("Role", "Gestionnaire").Literal("Outcomes", "Accepter,Refuser"))
        .Add("decide", "Decision", a => a.JavaScript("Condition", "true"))
        .Add("mail", "SendEmail", a => a.Literal("To", "parent@example.org").Literal("Subject", "Fiche acceptée").Literal("HtmlBody", "<p>ok</p>"))
        .Add("end", "End")
        .Connect("start", "review")
        .Connect("review", "decide", "Accepter")
        .Connect("review", "end", "Refuser")
        .Connect("decide", "mail", "True")
        .Connect("decide", "end", "False")
        .Connect("mail", "end")
        .Build();

    private static async Task ExecAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}={value:0.###}"));
}
