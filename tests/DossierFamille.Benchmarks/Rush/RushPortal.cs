using DossierFamille.Web.Features.Families;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Benchmarks.Rush;

/// <summary>
/// The portal as it runs in production (environment Production, Kestrel on a local port, PostgreSQL,
/// emails written to a folder), on a database of its own (the factory takes the portal's entry point from the assembly
/// of its type argument: the benchmark's own Program hides the portal's); a benchmark may add settings of its own. Only the password hash is made cheap, so
/// that creating and signing in thousands of accounts before the measured window takes seconds.
/// </summary>
internal sealed class RushPortal(string connectionString, string mailFolder, IEnumerable<KeyValuePair<string, string?>>? extraSettings = null) : WebApplicationFactory<FamilyAccounts>
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(Path.Combine(TestServices.FindRepositoryRoot(), "src", "Web"));
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
            ["Database:SeedDemoData"] = "false",
            ["Portal:PublicBaseUrl"] = "http://127.0.0.1",
            ["AllowedHosts"] = "127.0.0.1;localhost",
            ["Email:Mode"] = "Files",
            ["Email:FolderPath"] = mailFolder,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
        };
        foreach (var (key, value) in settings.Concat(extraSettings ?? []))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1));
    }
}
