using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The immediate mode's processing on this node, one round at a time. A validation that recorded requests hands
/// over their days and waits, without a database connection, for the next round to end; a round takes the days
/// of every validation that arrived since the previous round started and processes them in one transaction
/// (<see cref="BookingProcessor.ProcessPendingAsync"/>, under the days' locks, in arrival order). A round starts
/// after the requests it waits for were committed, so it finds them, unless another node's round on the same days
/// processed them first (the row locks keep the two apart). At a rush one round answers hundreds of parents and
/// at most one connection per node waits for the days' locks. A round that fails twice is logged and leaves its
/// requests "Non transmise" for the next processing of their days (the next round, the night's run at the latest).
/// </summary>
internal sealed partial class ImmediateProcessing(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImmediateProcessing> logger)
{
    private const int Attempts = 2;
    private readonly Lock sync = new();
    private HashSet<ActivityDayKey> pending = [];
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool running;

    /// <summary>Ends once a round that started after this call has processed every request of these days recorded so far.</summary>
    public Task ProcessAsync(IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return Task.CompletedTask;
        }

        Task round;
        lock (sync)
        {
            pending.UnionWith(days);
            round = next.Task;
            if (!running)
            {
                running = true;
                _ = Task.Run(RoundsAsync, CancellationToken.None);
            }
        }

        return round.WaitAsync(cancellationToken);
    }

    private async Task RoundsAsync()
    {
        while (true)
        {
            HashSet<ActivityDayKey> days;
            TaskCompletionSource round;
            lock (sync)
            {
                if (pending.Count == 0)
                {
                    running = false;
                    return;
                }

                (days, pending) = (pending, []);
                (round, next) = (next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            try
            {
                await RoundAsync(days);
            }
            finally
            {
                round.SetResult();
            }
        }
    }

    private async Task RoundAsync(HashSet<ActivityDayKey> days)
    {
        var stopping = lifetime.ApplicationStopping;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await scope.ServiceProvider.GetRequiredService<ActivityDayLocks>().EnsureAsync(days, stopping);
                var processor = scope.ServiceProvider.GetRequiredService<BookingProcessor>();
                var processed = 0;
                await db.InTransactionAsync(async () => processed = await processor.ProcessPendingAsync(days, stopping), stopping);
                LogRound(days.Count, processed);
                return;
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                LogRoundFailed(e, days.Count, attempt);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Immediate processing round: {Days} day(s), {Requests} request(s) processed")]
    private partial void LogRound(int days, int requests);

    [LoggerMessage(Level = LogLevel.Error, Message = "Immediate processing round of {Days} day(s) failed (attempt {Attempt}); its requests stay Non transmise for the next processing of their days")]
    private partial void LogRoundFailed(Exception exception, int days, int attempt);
}
