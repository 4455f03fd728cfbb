using System.Data.Common;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Hosting;

/// <summary>
/// Fires due timers and runs dispatched (or abandoned) instances. Work is claimed by writing a
/// lease (owner + expiry) with a concurrency check, so with several nodes on one database each
/// item is taken by one node, which renews its leases while it works; the step itself consumes its
/// bookmark, so a timer fires once even if a lease expired mid-way. Claimed items run a few at a time,
/// each in its own scope: a step that fails becomes an incident on its own instance (whose timers
/// then wait for a retry) and the others go on. Timers missed while the app was down are due at the first poll.
/// </summary>
internal sealed partial class WorkflowScheduler(
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowScheduler> logger)
{
    private WorkflowOptions Options => options.Value;

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>One poll: returns how many timers and instances this node processed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var timers = await ClaimTimersAsync(cancellationToken);
        var instances = await ClaimInstancesAsync(cancellationToken);
        if (timers.Count + instances.Count == 0)
        {
            return 0;
        }

        var processed = 0;
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = RenewLeasesAsync(timers, instances, working.Token);
        try
        {
            var items = timers.Select(id => (Id: id, IsTimer: true)).Concat(instances.Select(id => (Id: id, IsTimer: false)));
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Options.SchedulerParallelism, CancellationToken = cancellationToken }, async (item, token) =>
            {
                if (await RunItemAsync(item.Id, item.IsTimer, token))
                {
                    Interlocked.Increment(ref processed);
                }
            });
        }
        finally
        {
            await working.CancelAsync();
            await heartbeat;
        }

        return processed;
    }

    /// <summary>When the next timer is due or the next lease expires (work another node may have dropped); null when there is none.</summary>
    public async Task<DateTime?> NextWakeUpAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDb>();
        var due = await Runnable(db, now).OrderBy(t => t.DueAt).Select(t => (DateTime?)t.DueAt).FirstOrDefaultAsync(cancellationToken);
        var timerLease = await db.Timers.Where(t => t.LeaseExpiresAt >= now).OrderBy(t => t.LeaseExpiresAt).Select(t => t.LeaseExpiresAt).FirstOrDefaultAsync(cancellationToken);
        var instanceLease = await db.Instances.Where(i => i.HasPendingWork && i.LeaseExpiresAt >= now).OrderBy(i => i.LeaseExpiresAt).Select(i => i.LeaseExpiresAt).FirstOrDefaultAsync(cancellationToken);
        return new[] { due, timerLease, instanceLease }.Min();
    }

    /// <summary>Timers not leased by a live node, of instances without an open incident.</summary>
    private static IQueryable<WfTimer> Runnable(WorkflowDb db, DateTime now) =>
        db.Timers.Where(t => (t.LeaseExpiresAt == null || t.LeaseExpiresAt < now)
            && (t.InstanceId == null || !db.Incidents.Any(i => i.InstanceId == t.InstanceId && i.ResolvedAt == null)));

    private Task<List<Guid>> ClaimTimersAsync(CancellationToken cancellationToken) =>
        ClaimAsync((db, now) => Runnable(db, now).Where(t => t.DueAt <= now).OrderBy(t => t.DueAt), (timer, until) =>
        {
            timer.LeaseOwner = Options.NodeId;
            timer.LeaseExpiresAt = until;
            timer.ConcurrencyVersion++;
            return timer.Id;
        }, cancellationToken);

    private Task<List<Guid>> ClaimInstancesAsync(CancellationToken cancellationToken) =>
        ClaimAsync((db, now) => db.Instances.Where(i => i.HasPendingWork && (i.LeaseExpiresAt == null || i.LeaseExpiresAt < now)).OrderBy(i => i.UpdatedAt), (instance, until) =>
        {
            instance.LeaseOwner = Options.NodeId;
            instance.LeaseExpiresAt = until;
            instance.ConcurrencyVersion++;
            return instance.Id;
        }, cancellationToken);

    /// <summary>Leases up to a batch of the items, one by one: an item another node took first is skipped.</summary>
    private async Task<List<Guid>> ClaimAsync<T>(Func<WorkflowDb, DateTime, IQueryable<T>> claimable, Func<T, DateTime, Guid> lease, CancellationToken cancellationToken)
        where T : class
    {
        var now = Now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDb>();
        var claimed = new List<Guid>();
        foreach (var item in await claimable(db, now).Take(Options.BatchSize).ToListAsync(cancellationToken))
        {
            var id = lease(item, now + Options.LeaseDuration);
            if (await TrySaveAsync(db, item, cancellationToken))
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private static async Task<bool> TrySaveAsync(WorkflowDb db, object entity, CancellationToken cancellationToken)
    {
        try
        {
            await db.Context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Context.Entry(entity).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Extends this node's leases on the claimed items every third of a lease until the poll ends.</summary>
    private async Task RenewLeasesAsync(List<Guid> timers, List<Guid> instances, CancellationToken cancellationToken)
    {
        using var tick = new PeriodicTimer(Options.LeaseDuration / 3, timeProvider);
        try
        {
            while (await tick.WaitForNextTickAsync(cancellationToken))
            {
                var until = Now + Options.LeaseDuration;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDb>();
                await db.Timers.Where(t => timers.Contains(t.Id) && t.LeaseOwner == Options.NodeId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseExpiresAt, until), cancellationToken);
                await db.Instances.Where(i => instances.Contains(i.Id) && i.LeaseOwner == Options.NodeId)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseExpiresAt, until), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The poll is over.
        }
        catch (DbException ex)
        {
            LogRenewFailed(logger, ex);
        }
    }

    private async Task<bool> RunItemAsync(Guid id, bool isTimer, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return isTimer ? await FireTimerAsync(scope.ServiceProvider, id, cancellationToken) : await RunPendingAsync(scope.ServiceProvider, id, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogStepFailed(logger, ex, id);
            await RecordIncidentAsync(id, isTimer, ex, cancellationToken);
            return false;
        }
    }

    private async Task<bool> FireTimerAsync(IServiceProvider scope, Guid timerId, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<WorkflowDb>();
        var timer = await db.Timers.FindAsync([timerId], cancellationToken);
        if (timer is null || timer.LeaseOwner != Options.NodeId)
        {
            return false;
        }

        var executor = scope.GetRequiredService<WorkflowStepExecutor>();
        if (timer.BookmarkId is { } bookmarkId)
        {
            if (await executor.ResumeAsync(bookmarkId, null, cancellationToken))
            {
                return true;
            }

            db.Timers.Remove(timer);
            await db.Context.SaveChangesAsync(cancellationToken);
            return false;
        }

        var published = timer.DefinitionId is null ? null : await scope.GetRequiredService<DefinitionStore>().FindPublishedAsync(timer.DefinitionId, cancellationToken);
        var now = Now;
        var next = timer.Cron is null ? null : Activities.BuiltIn.TimerActivity.NextOccurrence(timer.Cron, now);
        if (published is null || next is null)
        {
            db.Timers.Remove(timer);
            await db.Context.SaveChangesAsync(cancellationToken);
            return false;
        }

        timer.DueAt = next.Value;
        timer.LeaseOwner = null;
        timer.LeaseExpiresAt = null;
        timer.ConcurrencyVersion++;
        executor.Enqueue(new StartWorkItem(Guid.CreateVersion7(timeProvider.GetUtcNow()), published.Value.Workflow, published.Value.Row.Version, null, null)
        {
            TriggerActivityId = timer.TriggerActivityId,
        });
        await executor.DrainAndSaveAsync(cancellationToken);
        return true;
    }

    private Task<bool> RunPendingAsync(IServiceProvider scope, Guid instanceId, CancellationToken cancellationToken) =>
        scope.GetRequiredService<WorkflowStepExecutor>().RunInstanceAsync(
            instanceId,
            (entity, _) => entity.HasPendingWork && entity.LeaseOwner == Options.NodeId,
            cancellationToken);

    /// <summary>
    /// In a fresh scope (the failed one holds the step's half-made changes): the instance is faulted with an
    /// incident naming the step, and its timers wait until an admin retries it. A failing cron start keeps
    /// its lease until it expires, then is tried again.
    /// </summary>
    private async Task RecordIncidentAsync(Guid id, bool isTimer, Exception failure, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDb>();
            var timer = isTimer ? await db.Timers.FindAsync([id], cancellationToken) : null;
            var instanceId = isTimer ? timer?.InstanceId : id;
            if (instanceId is null || await db.Instances.FindAsync([instanceId.Value], cancellationToken) is not { } instance)
            {
                return;
            }

            var bookmark = timer?.BookmarkId is { } bookmarkId ? await db.Bookmarks.FindAsync([bookmarkId], cancellationToken) : null;
            if (timer is not null)
            {
                timer.LeaseOwner = null;
                timer.LeaseExpiresAt = null;
                timer.ConcurrencyVersion++;
            }

            instance.Status = WorkflowStatus.Faulted;
            instance.HasPendingWork = false;
            instance.LeaseOwner = null;
            instance.LeaseExpiresAt = null;
            instance.UpdatedAt = Now;
            instance.ConcurrencyVersion++;
            db.Incidents.Add(new WfIncident
            {
                Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
                InstanceId = instance.Id,
                ActivityId = bookmark?.ActivityId ?? "",
                ActivityType = bookmark?.Name ?? "",
                Message = $"L'étape n'a pas pu être enregistrée : {failure.Message}",
                ExceptionType = failure.GetType().FullName ?? failure.GetType().Name,
                CreatedAt = Now,
            });
            await db.Context.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException)
        {
            LogIncidentFailed(logger, ex, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow step of {ItemId} failed: it becomes an incident")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, Guid itemId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the incident of {ItemId}")]
    private static partial void LogIncidentFailed(ILogger logger, Exception exception, Guid itemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the scheduler's leases")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);
}
