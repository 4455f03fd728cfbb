using DossierFamille.Workflows.Activities;

namespace DossierFamille.Workflows.Definitions;

/// <summary>An immutable, indexed definition version ready to run (cached per version id).</summary>
internal sealed class CompiledWorkflow
{
    private static readonly IReadOnlyList<string> None = [];

    public required Guid VersionId { get; init; }

    public required WorkflowDefinitionModel Model { get; init; }

    public required IReadOnlyDictionary<string, CompiledActivity> Activities { get; init; }

    public required IReadOnlyDictionary<(string Activity, string Port), IReadOnlyList<string>> Outgoing { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> InboundSources { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlySet<string>> Ancestors { get; init; }

    public required IReadOnlyList<string> Roots { get; init; }

    public IReadOnlyList<string> Targets(string activityId, string port) =>
        Outgoing.TryGetValue((activityId, port), out var targets) ? targets : None;

    public IReadOnlyList<string> Sources(string activityId) =>
        InboundSources.TryGetValue(activityId, out var sources) ? sources : None;
}
