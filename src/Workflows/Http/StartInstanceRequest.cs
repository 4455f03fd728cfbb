using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Http;

/// <summary>Starting an instance: its input (a JSON object scripts read as <c>input</c>) and its correlation id, both optional.</summary>
public sealed record StartInstanceRequest(JsonObject? Input, string? CorrelationId);
