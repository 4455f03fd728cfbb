using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Signals: trigger starts, and the signals activities send within a step.</summary>
internal sealed partial class WorkflowStepExecutor
{
    /// <summary>
    /// Resumes the bookmarks waiting for the signal and starts what it triggers, then saves; when nothing
    /// matched, the signal is queued for a bookmark to come (unless <paramref name="mayQueue"/> is false).
    /// </summary>
    public async Task<SignalResult> SignalAsync(string name, string? correlationId, JsonNode? payload, bool mayQueue, CancellationToken cancellationToken)
    {
        var hash = SignalStimulus.Hash(name, correlationId);
        var bookmarks = await db.Bookmarks.Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var bookmark in bookmarks)
        {
            Enqueue(new ResumeWorkItem(bookmark, payload));
        }

        var started = await EnqueueTriggeredStartsAsync(name, correlationId, payload, cancellationToken);
        var queued = bookmarks.Count == 0 && started == 0 && mayQueue;
        if (queued)
        {
            QueueSignal(hash, name, correlationId, payload, Now);
        }

        await DrainAndSaveAsync(cancellationToken);
        return new SignalResult(bookmarks.Count, started, queued);
    }

    /// <summary>Queues a start of every published definition this signal triggers, once per running correlation.</summary>
    public async Task<int> EnqueueTriggeredStartsAsync(string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var triggerHash = SignalStimulus.Hash(name, null);
        var triggers = await db.Triggers.AsNoTracking().Where(t => t.Hash == triggerHash).ToListAsync(cancellationToken);
        var started = 0;
        foreach (var trigger in triggers)
        {
            if (correlationId is not null && await IsRunningAsync(trigger.DefinitionId, correlationId, cancellationToken))
            {
                continue;
            }

            var (row, workflow) = await definitions.FindPublishedAsync(trigger.DefinitionId, cancellationToken)
                ?? throw new Definitions.WorkflowDefinitionException($"Le workflow '{trigger.DefinitionId}' n'a pas de version publiée.");
            var start = new StartWorkItem(Guid.CreateVersion7(timeProvider.GetUtcNow()), workflow, row.Version, payload, correlationId) { TriggerActivityId = trigger.ActivityId, TriggerPayload = payload };
            work.Enqueue(start);
            pendingStarts.Add((trigger.DefinitionId, correlationId));
            started++;
        }

        return started;
    }

    /// <summary>Resumes the bookmarks waiting for a signal sent in this step, starts what it triggers, or queues it.</summary>
    private async Task DeliverAsync(SignalRecord signal, DateTime now, CancellationToken cancellationToken)
    {
        var hash = SignalStimulus.Hash(signal.Name, signal.CorrelationId);
        var stored = await db.Bookmarks.Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        var added = db.Bookmarks.Local.Where(b => b.Hash == hash).Select(b => b.Id);
        var consumed = db.Context.ChangeTracker.Entries<WfBookmark>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        var waiting = stored.Union(added).Where(id => !consumed.Contains(id)).ToList();
        foreach (var bookmarkId in waiting)
        {
            work.Enqueue(new ResumeWorkItem(bookmarkId, signal.Payload?.DeepClone()));
        }

        var started = await EnqueueTriggeredStartsAsync(signal.Name, signal.CorrelationId, signal.Payload, cancellationToken);
        if (waiting.Count == 0 && started == 0)
        {
            QueueSignal(hash, signal.Name, signal.CorrelationId, signal.Payload, now);
        }
    }

    private void QueueSignal(string hash, string name, string? correlationId, JsonNode? payload, DateTime now) =>
        db.QueuedStimuli.Add(new WfQueuedStimulus
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            Hash = hash,
            Name = name,
            CorrelationId = correlationId,
            PayloadJson = payload?.ToJsonString(),
            CreatedAt = now,
            ExpiresAt = now + options.Value.QueuedSignalLifetime,
        });

    private async Task<bool> IsRunningAsync(string definitionId, string correlationId, CancellationToken cancellationToken) =>
        pendingStarts.Contains((definitionId, correlationId))
        || touched.Values.Any(t => t.Entity.DefinitionId == definitionId && t.Entity.CorrelationId == correlationId && t.Execution.Status is WorkflowStatus.Running or WorkflowStatus.Suspended)
        || await db.Instances.AnyAsync(
            i => i.DefinitionId == definitionId && i.CorrelationId == correlationId && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended),
            cancellationToken);
}
