using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Runtime;

/// <summary>One instance being run in one step.</summary>
internal sealed class WorkflowExecution(CompiledWorkflow workflow, WorkflowState state, Guid instanceId, string? correlationId, IServiceProvider services)
{
    public CompiledWorkflow Workflow { get; } = workflow;

    public WorkflowState State { get; } = state;

    public Guid InstanceId { get; } = instanceId;

    public string? CorrelationId { get; } = correlationId;

    public IServiceProvider Services { get; } = services;

    public StepEffects Effects { get; } = new();

    public IActivityChangeGuard? ChangeGuard { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public bool Ended { get; set; }

    public bool Cancelled { get; set; }

    public WorkflowStatus Status => State.Faulted.Count > 0 ? WorkflowStatus.Faulted
        : Ended || (State.Scheduled.Count == 0 && State.Waiting.Count == 0) ? WorkflowStatus.Finished
        : State.Scheduled.Count > 0 ? WorkflowStatus.Running
        : WorkflowStatus.Suspended;

    public static WorkflowState NewState(CompiledWorkflow workflow, JsonNode? input)
    {
        var state = new WorkflowState { Input = input?.DeepClone() };
        foreach (var variable in workflow.Model.Variables)
        {
            state.Variables[variable.Name] = VariableTypes.Convert(variable.Value, variable.Type, out _);
        }

        return state;
    }
}
