using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// One of several portal nodes on one PostgreSQL database (see <see cref="SharedDatabase"/>). Each node
/// is a separate machine: what the portal does not keep in the database stays on the node (the
/// data-protection keys fall back to a folder of the node's own, not the test machine's home folder
/// which every host of this process would share).
/// </summary>
public sealed class NodePortal(SharedDatabase database) : PortalFactory
{
    private readonly string _localKeys = Path.Combine(Path.GetTempPath(), $"df-node-keys-{Guid.NewGuid():N}");

    protected override string Provider => "PostgreSql";

    protected override string ConnectionString => database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddOptions<KeyManagementOptions>()
            .PostConfigure<ILoggerFactory>((options, logs) => options.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(_localKeys), logs)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_localKeys))
        {
            Directory.Delete(_localKeys, recursive: true);
        }
    }
}
