using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Email;
using DossierFamille.Workflows.Hosting;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>One "app process": its own container and node id, on a shared test database.</summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    private readonly IServiceProvider provider;
    private readonly ServiceProvider? owned;

    public WorkflowHost(TestDatabase database, FakeTimeProvider? time = null, Action<WorkflowOptions>? configure = null)
    {
        Time = time ?? NewTime();
        var services = new ServiceCollection();
        services.AddLogging();
        AddEngine(services, database, Time, configure);
        provider = owned = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The same helpers over a container built by another host (the HTTP API tests), which disposes it.</summary>
    public WorkflowHost(IServiceProvider provider)
    {
        this.provider = provider;
        Time = (FakeTimeProvider)provider.GetRequiredService<TimeProvider>();
    }

    /// <summary>The tests' clock: Monday 5 January 2026, 08:00 UTC.</summary>
    public static FakeTimeProvider NewTime() => new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    /// <summary>What a host registers: its DbContext, a mailer writing to its outbox, the engine and the test activities.</summary>
    public static void AddEngine(IServiceCollection services, TestDatabase database, FakeTimeProvider time, Action<WorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton<FailingSave>();
        services.AddDbContext<TestDbContext>((sp, o) =>
        {
            database.Configure(o);
            o.AddInterceptors(sp.GetRequiredService<FailingSave>());
        });
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<FlakySwitch>();
        services.AddSingleton<StepGate>();
        services.AddScoped<IWorkflowMailer, OutboxMailer>();
        services.AddWorkflows<TestDbContext>(b => b
            .AddActivity<FlakyActivity>()
            .AddActivity<AddDomainRowActivity>()
            .AddActivity<SignalThenMaybeFailActivity>()
            .AddActivity<GateActivity>()
            .AddActivity<SlowActivity>()
            .Configure(o =>
            {
                o.RunBackgroundService = false;
                o.NodeId = "node-" + Guid.NewGuid().ToString("N")[..8];
                o.Scripting.MaxStatements = 10_000;
                configure?.Invoke(o);
            }));
    }

    public FakeTimeProvider Time { get; }

    public IWorkflowRuntime Runtime => provider.GetRequiredService<IWorkflowRuntime>();

    public IServiceProvider Services => provider;

    public FlakySwitch Flaky => provider.GetRequiredService<FlakySwitch>();

    public FailingSave FailingSave => provider.GetRequiredService<FailingSave>();

    public StepGate Gate => provider.GetRequiredService<StepGate>();

    public Task<int> PollAsync() => provider.GetRequiredService<WorkflowScheduler>().RunOnceAsync(CancellationToken.None);

    public async Task<PublishResult> PublishAsync(WorkflowDefinitionModel model)
    {
        await using var scope = provider.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
        await definitions.SaveDraftAsync(model);
        var result = await definitions.PublishAsync(model.DefinitionId);
        Assert.True(result.Published, string.Join("\n", result.Errors.Select(e => e.Message)));
        return result;
    }

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<WfInstance> InstanceAsync(Guid id) => QueryAsync(db => db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.Id == id));

    public async Task<JsonObject> VariablesAsync(Guid id) => StateSerializer.Deserialize((await InstanceAsync(id)).StateJson).Variables;

    public Task<WfHumanTask> OpenTaskAsync(Guid instanceId) =>
        QueryAsync(db => db.Set<WfHumanTask>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open));

    public Task<int> OutboxCountAsync(Guid instanceId) => QueryAsync(db => db.Outbox.CountAsync(o => o.InstanceId == instanceId));

    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
