using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Hosting;

/// <summary>
/// Fires due timers and runs dispatched (or abandoned) instances. Work is claimed by writing a
/// lease (owner + expiry) with a concurrency check, so with several nodes on one database each
/// item is taken by one node; the step itself consumes its bookmark, so a timer fires once even if
/// a lease expired mid-way. Timers missed while the app was down are due at the first poll.
/// </summary>
internal sealed class WorkflowScheduler(IServiceScopeFactory scopes, TimeProvider timeProvider, IOptions<WorkflowOptions> options)
{
    private WorkflowOptions Options => options.Value;

    /// <summary>One poll: returns how many timers and instances this node processed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var timerId in await ClaimAsync<WfTimer>(cancellationToken))
        {
            processed += await FireTimerAsync(timerId, cancellationToken) ? 1 : 0;
        }

        foreach (var instanceId in await ClaimAsync<WfInstance>(cancellationToken))
        {
            processed += await RunPendingAsync(instanceId, cancellationToken) ? 1 : 0;
        }

        return processed;
    }

    private async Task<List<Guid>> ClaimAsync<T>(CancellationToken cancellationToken)
        where T : class
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claimed = new List<Guid>();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDb>();
        if (typeof(T) == typeof(WfTimer))
        {
            var due = await db.Timers.Where(t => t.DueAt <= now && (t.LeaseExpiresAt == null || t.LeaseExpiresAt < now))
                .OrderBy(t => t.DueAt).Take(Options.BatchSize).ToListAsync(cancellationToken);
            foreach (var timer in due)
            {
                timer.LeaseOwner = Options.NodeId;
                timer.LeaseExpiresAt = now + Options.LeaseDuration;
                timer.ConcurrencyVersion++;
                if (await TrySaveAsync(db, timer, cancellationToken))
                {
                    claimed.Add(timer.Id);
                }
            }
        }
        else
        {
            var pending = await db.Instances.Where(i => i.HasPendingWork && (i.LeaseExpiresAt == null || i.LeaseExpiresAt < now))
                .OrderBy(i => i.UpdatedAt).Take(Options.BatchSize).ToListAsync(cancellationToken);
            foreach (var instance in pending)
            {
                instance.LeaseOwner = Options.NodeId;
                instance.LeaseExpiresAt = now + Options.LeaseDuration;
                instance.ConcurrencyVersion++;
                if (await TrySaveAsync(db, instance, cancellationToken))
                {
                    claimed.Add(instance.Id);
                }
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

    private Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken) =>
        InScopeAsync(async scope =>
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
            var now = timeProvider.GetUtcNow().UtcDateTime;
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
        });

    private Task<bool> RunPendingAsync(Guid instanceId, CancellationToken cancellationToken) =>
        InScopeAsync(scope => scope.GetRequiredService<WorkflowStepExecutor>().RunInstanceAsync(
            instanceId,
            (entity, _) => entity.HasPendingWork && entity.LeaseOwner == Options.NodeId,
            cancellationToken));

    private async Task<bool> InScopeAsync(Func<IServiceProvider, Task<bool>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await work(scope.ServiceProvider);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
