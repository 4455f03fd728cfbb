using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Management;

/// <summary>At publish: signal triggers become WfTrigger rows, cron triggers become WfTimer rows.</summary>
internal sealed class TriggerIndexer(WorkflowDb db, ActivityRegistry registry, TimeProvider timeProvider)
{
    public async Task IndexAsync(WfDefinition version, WorkflowDefinitionModel model, CancellationToken cancellationToken)
    {
        await RemoveAsync(version.DefinitionId, cancellationToken);
        var targets = model.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        foreach (var activity in model.Root.Activities.Where(a => !targets.Contains(a.Id)))
        {
            var type = registry.Find(activity.Type)?.ClrType;
            if (type == typeof(WaitForSignalActivity) && activity.Inputs.TryGetValue("Signal", out var signal) && signal.LiteralText is { Length: > 0 } name)
            {
                db.Triggers.Add(new WfTrigger
                {
                    Id = Guid.CreateVersion7(),
                    DefinitionId = version.DefinitionId,
                    DefinitionVersionId = version.Id,
                    ActivityId = activity.Id,
                    Kind = "Signal",
                    Name = name,
                    Hash = SignalStimulus.Hash(name, null),
                });
            }
            else if (type == typeof(TimerActivity) && activity.Inputs.TryGetValue("Cron", out var cron) && cron.LiteralText is { Length: > 0 } expression)
            {
                var due = TimerActivity.NextOccurrence(expression, timeProvider.GetUtcNow().UtcDateTime);
                if (due is not null)
                {
                    db.Timers.Add(new WfTimer { Id = Guid.CreateVersion7(), DueAt = due.Value, DefinitionId = version.DefinitionId, TriggerActivityId = activity.Id, Cron = expression });
                }
            }
        }
    }

    public async Task RemoveAsync(string definitionId, CancellationToken cancellationToken)
    {
        db.Triggers.RemoveRange(await db.Triggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken));
        db.Timers.RemoveRange(await db.Timers.Where(t => t.DefinitionId == definitionId && t.Cron != null).ToListAsync(cancellationToken));
    }
}
