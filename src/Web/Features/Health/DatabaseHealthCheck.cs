using DossierFamille.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Web.Features.Health;

internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy($"{db.Database.ProviderName}: connexion impossible");
}
