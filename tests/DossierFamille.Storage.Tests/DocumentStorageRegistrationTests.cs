using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Sweep;
using DossierFamille.Storage.Tests.Sweep;
using DossierFamille.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Tests;

public sealed class DocumentStorageRegistrationTests
{
    [Fact]
    public async Task By_default_the_local_store_is_used_and_the_health_report_is_healthy()
    {
        var root = Path.Combine(Path.GetTempPath(), "df-reg-" + Guid.NewGuid().ToString("N"));
        await using var services = Build(new() { ["Blobs:LocalPath"] = root });

        Assert.IsType<LocalFolderBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.NotNull(services.GetRequiredService<IDocumentIntake>());
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(["blobs"], report.Entries.Keys);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Azure_and_clamd_come_from_configuration_and_report_their_health()
    {
        var clamd = RequiredService.Clamd.Split(':');
        await using var services = Build(new()
        {
            ["Blobs:Provider"] = "Azure",
            ["Blobs:ConnectionString"] = RequiredService.Azurite,
            ["Blobs:Container"] = "registration-" + Guid.NewGuid().ToString("N")[..8],
            ["Antivirus:Host"] = clamd[0],
            ["Antivirus:Port"] = clamd[1],
        });

        Assert.IsType<AzureBlobStore>(services.GetRequiredService<IBlobStore>());
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(["antivirus", "blobs"], report.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Blobs:Provider", "Azure")]
    [InlineData("Intake:MaxUploadBytes", "10")]
    public async Task A_bad_configuration_fails_at_start_up(string key, string value)
    {
        await using var services = Build(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[0], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sweep_registers_a_hosted_service_and_its_reference_source()
    {
        await using var services = Build(new() { ["Blobs:Sweep:GracePeriod"] = "02:00:00" }, sweep: true);

        Assert.Contains(services.GetServices<IHostedService>(), service => service.GetType().Name == "BlobSweepService");
        await using var scope = services.CreateAsyncScope();
        Assert.IsType<FixedReferenceSource>(scope.ServiceProvider.GetRequiredService<IBlobReferenceSource>());
        Assert.Equal(TimeSpan.FromHours(2), services.GetRequiredService<IOptions<BlobSweepOptions>>().Value.GracePeriod);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool sweep = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDocumentStorage(configuration);
        if (sweep)
        {
            services.AddBlobSweep<FixedReferenceSource>();
        }

        return services.BuildServiceProvider();
    }
}
