using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Turns a step's effects into rows of the same DbContext.</summary>
internal sealed partial class WorkflowStepExecutor
{
    private async Task ApplyEffectsAsync(WorkflowExecution execution, CancellationToken cancellationToken)
    {
        var effects = execution.Effects;
        var now = Now;
        var cancelled = effects.CancelledBookmarks.ToHashSet();
        foreach (var bookmark in effects.Bookmarks.Where(b => !cancelled.Remove(b.Id)))
        {
            await AddBookmarkAsync(execution, bookmark, now, cancellationToken);
        }

        foreach (var bookmarkId in cancelled)
        {
            await CancelBookmarkAsync(bookmarkId, cancellationToken);
        }

        foreach (var entry in effects.Journal)
        {
            db.Journal.Add(new WfJournalEntry
            {
                Id = Guid.CreateVersion7(),
                InstanceId = execution.InstanceId,
                Sequence = entry.Sequence,
                ActivityId = entry.ActivityId,
                ActivityType = entry.ActivityType,
                EventName = entry.EventName,
                Outcome = entry.Outcome,
                Message = entry.Message,
                Timestamp = entry.Timestamp,
                DurationMs = entry.DurationMs,
            });
        }

        foreach (var incident in effects.Incidents)
        {
            db.Incidents.Add(new WfIncident
            {
                Id = Guid.CreateVersion7(),
                InstanceId = execution.InstanceId,
                ActivityId = incident.ActivityId,
                ActivityType = incident.ActivityType,
                Message = incident.Message,
                ExceptionType = incident.ExceptionType,
                CreatedAt = incident.Timestamp,
            });
        }

        foreach (var signal in effects.Signals)
        {
            await DeliverAsync(signal, now, cancellationToken);
        }

        effects.Clear();
        var entity = touched[execution.InstanceId].Entity;
        if (entity.ParentBookmarkId is { } parentBookmark && execution.Status == WorkflowStatus.Finished && !execution.Cancelled)
        {
            work.Enqueue(new ResumeWorkItem(parentBookmark, execution.State.Variables.DeepClone()));
        }
    }

    private async Task AddBookmarkAsync(WorkflowExecution execution, NewBookmark bookmark, DateTime now, CancellationToken cancellationToken)
    {
        var request = bookmark.Request;
        db.Bookmarks.Add(new WfBookmark
        {
            Id = bookmark.Id,
            InstanceId = execution.InstanceId,
            ActivityId = bookmark.ActivityId,
            Name = request.Name,
            Hash = bookmark.Hash,
            PayloadJson = request.Payload?.ToJsonString(),
            CreatedAt = now,
        });
        if (request.DueAt is { } due)
        {
            db.Timers.Add(new WfTimer { Id = Guid.CreateVersion7(), BookmarkId = bookmark.Id, InstanceId = execution.InstanceId, DueAt = due });
        }

        if (request.Task is { } task)
        {
            db.Tasks.Add(new WfHumanTask
            {
                Id = task.TaskId,
                InstanceId = execution.InstanceId,
                BookmarkId = bookmark.Id,
                ActivityId = bookmark.ActivityId,
                CorrelationId = execution.CorrelationId,
                Title = task.Title,
                Description = task.Description,
                Role = task.Role,
                Assignee = task.Assignee,
                Outcomes = string.Join('|', task.Outcomes),
                Status = HumanTaskStatus.Open,
                CreatedAt = now,
                DueAt = task.DueAt,
            });
        }

        if (request.Child is { } child)
        {
            var published = await definitions.FindPublishedAsync(child.DefinitionId, cancellationToken)
                ?? throw new InvalidOperationException($"Le sous-workflow '{child.DefinitionId}' n'a pas de version publiée.");
            work.Enqueue(new StartWorkItem(child.InstanceId, published.Workflow, published.Row.Version, child.Input, execution.CorrelationId)
            {
                ParentInstanceId = execution.InstanceId,
                ParentBookmarkId = bookmark.Id,
            });
        }

        if (request.Name == SignalStimulus.Name)
        {
            await DeliverQueuedSignalAsync(bookmark, now, cancellationToken);
        }
    }

    private async Task DeliverQueuedSignalAsync(NewBookmark bookmark, DateTime now, CancellationToken cancellationToken)
    {
        var queued = db.QueuedStimuli.Local.Where(q => q.Hash == bookmark.Hash).OrderBy(q => q.CreatedAt).FirstOrDefault()
            ?? await db.QueuedStimuli.Where(q => q.Hash == bookmark.Hash && q.ExpiresAt > now).OrderBy(q => q.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (queued is null)
        {
            return;
        }

        db.QueuedStimuli.Remove(queued);
        work.Enqueue(new ResumeWorkItem(bookmark.Id, queued.PayloadJson is null ? null : JsonNode.Parse(queued.PayloadJson)));
    }

    private async Task CancelBookmarkAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        if (await db.Bookmarks.FindAsync([bookmarkId], cancellationToken) is { } bookmark)
        {
            db.Bookmarks.Remove(bookmark);
        }

        await RemoveTimersAsync(bookmarkId, cancellationToken);
        var tasks = await db.Tasks.Where(t => t.BookmarkId == bookmarkId && t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
        foreach (var task in tasks.Concat(db.Tasks.Local.Where(t => t.BookmarkId == bookmarkId && t.Status == HumanTaskStatus.Open)).Distinct())
        {
            task.Status = HumanTaskStatus.Cancelled;
            task.ConcurrencyVersion++;
        }
    }
}
