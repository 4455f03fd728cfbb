using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Antivirus;

internal sealed class ClamdHealthCheck(ClamdClient clamd) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await clamd.PingAsync(cancellationToken);
            return reply == "PONG"
                ? HealthCheckResult.Healthy("clamd answers PONG.")
                : HealthCheckResult.Unhealthy($"clamd answered '{reply}' to PING.");
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("clamd is not reachable.", exception);
        }
    }
}
