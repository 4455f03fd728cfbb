using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Scripting;

/// <summary>What a script sees: <c>variables</c> (read/write), <c>input</c>, <c>correlationId</c>, <c>instanceId</c> and extra named values.</summary>
internal sealed record ScriptScope(JsonObject Variables, JsonNode? Input, string? CorrelationId, Guid InstanceId)
{
    public IReadOnlyDictionary<string, JsonNode?>? Extra { get; init; }
}
