using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Http;

public sealed record SignalRequest(string? CorrelationId, JsonNode? Payload);
