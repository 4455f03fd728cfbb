using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Sweep;

/// <summary>Runs <see cref="BlobSweeper"/> every <see cref="BlobSweepOptions.Interval"/>.</summary>
internal sealed class BlobSweepService(BlobSweeper sweeper, IOptions<BlobSweepOptions> options, TimeProvider timeProvider, ILogger<BlobSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.Interval, timeProvider, stoppingToken);
                var result = await sweeper.SweepOnceAsync(stoppingToken);
                logger.LogInformation("Blob sweep examined {Examined} blobs past the grace period and deleted {Deleted} orphans", result.Examined, result.Deleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed sweep is logged and retried at the next interval; it must not stop the host.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Blob sweep failed; it will run again in {Interval}", options.Value.Interval);
            }
        }
    }
}
