using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Hosting;

/// <summary>Polls <see cref="WorkflowScheduler"/> every PollInterval (TimeProvider-driven).</summary>
internal sealed partial class WorkflowBackgroundService(
    WorkflowScheduler scheduler,
    TimeProvider timeProvider,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunBackgroundService)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        do
        {
            try
            {
                while (await scheduler.RunOnceAsync(stoppingToken) >= options.Value.BatchSize)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timer/dispatch poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
