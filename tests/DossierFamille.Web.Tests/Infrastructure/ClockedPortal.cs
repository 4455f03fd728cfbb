using DossierFamille.Web.Data;
using DossierFamille.Workflows.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a fake clock shared by a test class: workflow timers fire only when a test runs
/// the scheduler (the background poll is off), and a commit can be made to crash.
/// </summary>
public interface IClockedPortal
{
    FakeTimeProvider Clock { get; }

    CrashingCommit Crash { get; }

    /// <summary>One scheduler poll, as the background service would do it.</summary>
    Task<int> RunSchedulerAsync();
}

internal static class ClockedPortal
{
    /// <summary>A Monday morning in Paris, far from today so that no real date interferes.</summary>
    public static readonly DateTimeOffset Start = new(2031, 3, 3, 5, 0, 0, TimeSpan.Zero);

    public static IEnumerable<KeyValuePair<string, string?>> Settings => [new("Workflows:RunBackgroundService", "false")];

    public static void Configure<TContext>(IWebHostBuilder builder, FakeTimeProvider clock, CrashingCommit crash)
        where TContext : AppDbContext =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.ConfigureDbContext<TContext>(o => o.AddInterceptors(crash), ServiceLifetime.Singleton); // as the portal builds its options: once
        });

    /// <summary>One scheduler poll in a process that a <see cref="CrashingCommit"/> can kill.</summary>
    public static async Task<int> RunSchedulerAsync(IServiceProvider services, CrashingCommit crash)
    {
        crash.Restart();
        try
        {
            return await services.GetRequiredService<WorkflowScheduler>().RunOnceAsync(crash.ProcessLife);
        }
        catch (OperationCanceledException) when (crash.ProcessLife.IsCancellationRequested)
        {
            throw new SimulatedCrashException();
        }
    }
}

public sealed class ClockedSqlitePortal : SqlitePortal, IClockedPortal
{
    public FakeTimeProvider Clock { get; } = new(ClockedPortal.Start);

    public CrashingCommit Crash { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => ClockedPortal.Settings;

    public Task<int> RunSchedulerAsync() => ClockedPortal.RunSchedulerAsync(Services, Crash);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClockedPortal.Configure<SqliteAppDbContext>(builder, Clock, Crash);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Crash.Dispose();
    }
}

public sealed class ClockedPostgreSqlPortal : PostgreSqlPortal, IClockedPortal
{
    public FakeTimeProvider Clock { get; } = new(ClockedPortal.Start);

    public CrashingCommit Crash { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => ClockedPortal.Settings;

    public Task<int> RunSchedulerAsync() => ClockedPortal.RunSchedulerAsync(Services, Crash);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClockedPortal.Configure<PostgreSqlAppDbContext>(builder, Clock, Crash);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Crash.Dispose();
    }
}
