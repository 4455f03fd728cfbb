using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Scoped: each call gets a fresh executor on the scope's DbContext (several calls in one scope stay independent).</summary>
internal sealed class WorkflowStep(IServiceProvider scope) : IWorkflowStep
{
    public Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return NewExecutor().SignalAsync(name, correlationId, payload, mayQueue: true, cancellationToken);
    }

    private WorkflowStepExecutor NewExecutor() => ActivatorUtilities.CreateInstance<WorkflowStepExecutor>(scope);
}
