using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Hosting;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// Runs one step in one DbContext and saves it with one SaveChanges: the instances touched,
/// their bookmarks, timers, tasks, journal, incidents and whatever activities changed in the
/// host's DbContext commit together. Consumed bookmarks are deleted in that same transaction,
/// and instances carry a concurrency token: a concurrent duplicate fails and becomes a no-op.
/// </summary>
internal sealed partial class WorkflowStepExecutor(
    WorkflowDb db,
    DefinitionStore definitions,
    WorkflowRunner runner,
    TimeProvider timeProvider,
    IOptions<WorkflowOptions> options,
    SchedulerWakeUp wakeUp,
    IServiceProvider services)
{
    private readonly Dictionary<Guid, (WfInstance Entity, WorkflowExecution Execution)> touched = [];
    private readonly Queue<WorkItem> work = new();
    private readonly HashSet<(string DefinitionId, string? CorrelationId)> pendingStarts = [];

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    public async Task<WfInstance> StartAsync(StartWorkItem start, CancellationToken cancellationToken)
    {
        work.Enqueue(start);
        await DrainAsync(cancellationToken);
        await SaveAsync(cancellationToken);
        return touched[start.InstanceId].Entity;
    }

    /// <summary>Resumes a bookmark; false when it no longer exists (already consumed).</summary>
    public async Task<bool> ResumeAsync(Guid bookmarkId, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (!await ProcessResumeAsync(new ResumeWorkItem(bookmarkId, payload), cancellationToken))
        {
            return false;
        }

        await DrainAsync(cancellationToken);
        await SaveAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs an instance's scheduled work under an optional lease check (dispatch, retry, skip).</summary>
    public async Task<bool> RunInstanceAsync(Guid instanceId, Func<WfInstance, WorkflowExecution, bool> prepare, CancellationToken cancellationToken)
    {
        var execution = await LoadAsync(instanceId, cancellationToken);
        if (execution is null || !prepare(touched[instanceId].Entity, execution))
        {
            return false;
        }

        await runner.RunAsync(execution);
        await ApplyEffectsAsync(execution, cancellationToken);
        await DrainAsync(cancellationToken);
        await SaveAsync(cancellationToken);
        return true;
    }

    public async Task<bool> CancelAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var execution = await LoadAsync(instanceId, cancellationToken);
        if (execution is null || touched[instanceId].Entity.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
        {
            return false;
        }

        runner.CancelAll(execution);
        execution.Cancelled = true;
        await ApplyEffectsAsync(execution, cancellationToken);
        await ResolveIncidentsAsync(instanceId, "Cancel", cancellationToken);
        await SaveAsync(cancellationToken);
        return true;
    }

    public void Enqueue(WorkItem item) => work.Enqueue(item);

    public async Task DrainAndSaveAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        await SaveAsync(cancellationToken);
    }

    public async Task ResolveIncidentsAsync(Guid instanceId, string resolution, CancellationToken cancellationToken)
    {
        foreach (var incident in await db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(cancellationToken))
        {
            incident.ResolvedAt = Now;
            incident.Resolution = resolution;
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (work.TryDequeue(out var item))
        {
            switch (item)
            {
                case StartWorkItem start:
                    await ProcessStartAsync(start, cancellationToken);
                    break;
                case ResumeWorkItem resume:
                    await ProcessResumeAsync(resume, cancellationToken);
                    break;
            }
        }
    }

    private async Task ProcessStartAsync(StartWorkItem start, CancellationToken cancellationToken)
    {
        var now = Now;
        var entity = new WfInstance
        {
            Id = start.InstanceId,
            DefinitionId = start.Workflow.Model.DefinitionId,
            DefinitionVersion = start.Version,
            DefinitionVersionId = start.Workflow.VersionId,
            CorrelationId = start.CorrelationId,
            Status = WorkflowStatus.Running,
            CreatedAt = now,
            UpdatedAt = now,
            ParentInstanceId = start.ParentInstanceId,
            ParentBookmarkId = start.ParentBookmarkId,
        };
        db.Instances.Add(entity);
        var execution = NewExecution(start.Workflow, WorkflowExecution.NewState(start.Workflow, start.Input), entity, cancellationToken);
        touched[entity.Id] = (entity, execution);
        await runner.StartAsync(execution, start.TriggerActivityId, start.TriggerPayload);
        await ApplyEffectsAsync(execution, cancellationToken);
    }

    private async Task<bool> ProcessResumeAsync(ResumeWorkItem resume, CancellationToken cancellationToken)
    {
        var bookmark = await db.Bookmarks.FindAsync([resume.BookmarkId], cancellationToken);
        if (bookmark is null)
        {
            return false;
        }

        var execution = await LoadAsync(bookmark.InstanceId, cancellationToken);
        if (execution is null || !execution.State.Waiting.ContainsKey(bookmark.Id))
        {
            db.Bookmarks.Remove(bookmark);
            return false;
        }

        db.Bookmarks.Remove(bookmark);
        var zeroWait = false;
        if (bookmark.Name is "Timer" or SignalStimulus.Name)
        {
            zeroWait = await RemoveTimersAsync(bookmark.Id, cancellationToken) is { } due && due <= bookmark.CreatedAt;
        }

        var bookmarkPayload = bookmark.PayloadJson is null ? null : JsonNode.Parse(bookmark.PayloadJson);
        await runner.ResumeAsync(execution, bookmark.Id, bookmarkPayload, resume.Payload, zeroWait);
        await ApplyEffectsAsync(execution, cancellationToken);
        return true;
    }

    private async Task<WorkflowExecution?> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (touched.TryGetValue(instanceId, out var loaded))
        {
            return loaded.Execution;
        }

        var entity = await db.Instances.FindAsync([instanceId], cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var workflow = await definitions.GetVersionAsync(entity.DefinitionVersionId, cancellationToken);
        var execution = NewExecution(workflow, StateSerializer.Deserialize(entity.StateJson), entity, cancellationToken);
        touched[instanceId] = (entity, execution);
        return execution;
    }

    private WorkflowExecution NewExecution(CompiledWorkflow workflow, WorkflowState state, WfInstance entity, CancellationToken cancellationToken) =>
        new(workflow, state, entity.Id, entity.CorrelationId, services)
        {
            ChangeGuard = new EfChangeGuard(db.Context),
            CancellationToken = cancellationToken,
        };

    /// <summary>Removes the bookmark's timers; returns when the earliest was due, if it had one.</summary>
    private async Task<DateTime?> RemoveTimersAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var timers = (await db.Timers.Where(t => t.BookmarkId == bookmarkId).ToListAsync(cancellationToken))
            .Concat(db.Timers.Local.Where(t => t.BookmarkId == bookmarkId)).Distinct().ToList();
        foreach (var timer in timers)
        {
            db.Timers.Remove(timer);
        }

        return timers.Count == 0 ? null : timers.Min(t => t.DueAt);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        foreach (var (entity, execution) in touched.Values)
        {
            entity.Status = execution.Cancelled ? WorkflowStatus.Cancelled : execution.Status;
            entity.StateJson = StateSerializer.Serialize(execution.State);
            entity.UpdatedAt = now;
            entity.HasPendingWork = false;
            entity.LeaseOwner = null;
            entity.LeaseExpiresAt = null;
            entity.ConcurrencyVersion++;
            if (entity.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            {
                entity.FinishedAt ??= now;
            }
        }

        var dues = db.Context.ChangeTracker.Entries<WfTimer>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.DueAt).ToList();
        await db.Context.SaveChangesAsync(cancellationToken);
        foreach (var due in dues)
        {
            wakeUp.TimerSet(due);
        }
    }
}
