using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Data;

/// <summary>
/// Applies migrations, seeds the reference and demo data and makes sure a data-protection key exists, before the app
/// serves requests, under <see cref="StartupLock"/>: nodes starting at once on one database do it one after the other.
/// </summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var startupLock = await StartupLock.AcquireAsync(db, options.Value.Provider, cancellationToken);
        if (options.Value.MigrateOnStartup)
        {
            logger.LogInformation("Applying {Provider} migrations", options.Value.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }

        // Creates the data-protection key now if the database has none, rather than at the first
        // requests of several nodes at once (each would make its own).
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(DatabaseInitializer)).Protect([]);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
