using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Hosting;

/// <summary>
/// Runs <see cref="WorkflowScheduler"/> polls (TimeProvider-driven): after each, sleeps until the next
/// due timer or lease expiry, at most PollInterval, and wakes early when this process sets a nearer timer.
/// </summary>
internal sealed partial class WorkflowBackgroundService(
    WorkflowScheduler scheduler,
    SchedulerWakeUp wakeUp,
    TimeProvider timeProvider,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowBackgroundService> logger) : BackgroundService
{
    /// <summary>The shortest sleep, so that a timer another node holds or fails on never makes a busy loop.</summary>
    private static readonly TimeSpan MinimumSleep = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunBackgroundService)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            DateTime? next = null;
            try
            {
                while (await scheduler.RunOnceAsync(stoppingToken) >= options.Value.BatchSize)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                }

                next = await scheduler.NextWakeUpAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex);
            }

            await SleepAsync(next, stoppingToken);
        }
    }

    private async Task SleepAsync(DateTime? next, CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var wakeAt = now + options.Value.PollInterval;
        if (next < wakeAt)
        {
            wakeAt = next.Value;
        }

        var woken = wakeUp.PlanAsync(wakeAt);
        var delay = wakeAt - now < MinimumSleep ? MinimumSleep : wakeAt - now;
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(delay, timeProvider, sleep.Token);
        await Task.WhenAny(woken, timer);
        await sleep.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timer/dispatch poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
