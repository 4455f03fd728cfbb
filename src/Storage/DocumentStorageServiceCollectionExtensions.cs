using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Sweep;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage;

public static class DocumentStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBlobStore"/>, <see cref="IDocumentIntake"/> and the health checks "blobs" and
    /// (when <c>Antivirus:Host</c> is set) "antivirus", from the sections <c>Blobs</c>, <c>Intake</c> and
    /// <c>Antivirus</c>, validated at start-up. Retention is the host's business: it knows what documents
    /// belong to and how long each kind is kept.
    /// </summary>
    public static IServiceCollection AddDocumentStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        AddValidatedOptions<BlobStoreOptions, BlobStoreOptionsValidator>(services, configuration, BlobStoreOptions.SectionName);
        AddValidatedOptions<IntakeOptions, IntakeOptionsValidator>(services, configuration, IntakeOptions.SectionName);
        AddValidatedOptions<AntivirusOptions, AntivirusOptionsValidator>(services, configuration, AntivirusOptions.SectionName);

        services.TryAddSingleton(BlobStoreFactory.Create);
        services.TryAddSingleton(CreateClamd);
        services.TryAddSingleton<IAntivirusScanner>(provider => provider.GetRequiredService<IOptions<AntivirusOptions>>().Value.Enabled
            ? provider.GetRequiredService<ClamdClient>()
            : new DisabledAntivirusScanner());
        services.TryAddSingleton<FileIntake>();
        services.TryAddSingleton<IDocumentIntake, DocumentIntake>();

        var health = services.AddHealthChecks().AddCheck<BlobStoreHealthCheck>("blobs");
        if (configuration.GetSection(AntivirusOptions.SectionName).Get<AntivirusOptions>() is { Enabled: true })
        {
            health.AddCheck<ClamdHealthCheck>("antivirus");
        }

        return services;
    }

    /// <summary>
    /// Adds the orphan sweep (section <c>Blobs:Sweep</c>): a background service that deletes blobs
    /// older than the grace period that <typeparamref name="TSource"/> does not report as referenced.
    /// </summary>
    public static IServiceCollection AddBlobSweep<TSource>(this IServiceCollection services)
        where TSource : class, IBlobReferenceSource
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BlobSweepOptions>().BindConfiguration(BlobSweepOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BlobSweepOptions>, BlobSweepOptionsValidator>());
        services.TryAddScoped<IBlobReferenceSource, TSource>();
        services.TryAddSingleton<BlobSweeper>();
        services.AddHostedService<BlobSweepService>();
        return services;
    }

    private static ClamdClient CreateClamd(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<AntivirusOptions>>().Value;
        return new ClamdClient(options.Host ?? string.Empty, options.Port, options.Timeout);
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
