using DossierFamille.Web.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// One of several portal nodes on one PostgreSQL database (see <see cref="SharedDatabase"/>). Each node
/// is a separate machine: what the portal does not keep in the database stays on the node (the
/// data-protection keys fall back to a folder of the node's own, not the test machine's home folder
/// which every host of this process would share). Given a <paramref name="clock"/> (the same for every
/// node, as the machines' clocks agree), its workflow timers fire only when a test runs its scheduler.
/// </summary>
public sealed class NodePortal(SharedDatabase database, FakeTimeProvider? clock = null) : PortalFactory, IClockedPortal
{
    private readonly string _localKeys = Path.Combine(Path.GetTempPath(), $"df-node-keys-{Guid.NewGuid():N}");

    public FakeTimeProvider Clock => clock ?? throw new InvalidOperationException("This node runs on the real clock.");

    public CrashingCommit Crash { get; } = new();

    protected override string Provider => "PostgreSql";

    protected override string ConnectionString => database.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => clock is null ? [] : ClockedPortal.Settings;

    public Task<int> RunSchedulerAsync() => ClockedPortal.RunSchedulerAsync(Services, Crash);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddOptions<KeyManagementOptions>()
            .PostConfigure<ILoggerFactory>((options, logs) => options.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(_localKeys), logs)));
        if (clock is not null)
        {
            ClockedPortal.Configure<PostgreSqlAppDbContext>(builder, clock, Crash);
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Crash.Dispose();
        if (Directory.Exists(_localKeys))
        {
            Directory.Delete(_localKeys, recursive: true);
        }
    }
}
