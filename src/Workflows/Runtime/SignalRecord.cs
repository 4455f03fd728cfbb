using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>A signal an activity sent during a step, delivered in that step's transaction.</summary>
internal sealed record SignalRecord(string Name, string? CorrelationId, JsonNode? Payload);
