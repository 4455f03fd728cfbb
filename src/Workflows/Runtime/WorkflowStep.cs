using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Scoped: each signal gets a fresh executor on the scope's DbContext (several calls in one scope stay independent).</summary>
internal sealed class WorkflowStep(IServiceProvider scope, WorkflowDb db, DefinitionStore definitions, TimeProvider timeProvider) : IWorkflowStep
{
    public Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return ActivatorUtilities.CreateInstance<WorkflowStepExecutor>(scope).SignalAsync(name, correlationId, payload, mayQueue: true, cancellationToken);
    }

    public async Task<Guid> DispatchAsync(string definitionId, JsonNode? input, string? correlationId, CancellationToken cancellationToken)
    {
        var (row, workflow) = await definitions.FindPublishedAsync(definitionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Le workflow '{definitionId}' n'a pas de version publiée.");
        var state = WorkflowExecution.NewState(workflow, input);
        state.Scheduled.AddRange(workflow.Roots.Select(r => new ScheduledActivity(r)));
        var now = timeProvider.GetUtcNow();
        var instance = new WfInstance
        {
            Id = Guid.CreateVersion7(now),
            DefinitionId = definitionId,
            DefinitionVersion = row.Version,
            DefinitionVersionId = row.Id,
            CorrelationId = correlationId,
            Status = WorkflowStatus.Running,
            StateJson = StateSerializer.Serialize(state),
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
            HasPendingWork = true,
        };
        db.Instances.Add(instance);
        return instance.Id;
    }
}
