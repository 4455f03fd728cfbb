using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Blobs;

internal sealed class BlobStoreHealthCheck(IBlobStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        store.CheckHealthAsync(cancellationToken);
}
