using System.Text.Json;

namespace DossierFamille.Workflows.Runtime;

internal static class StateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowState Deserialize(string json) => JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? new WorkflowState();
}
