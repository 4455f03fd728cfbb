using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Http;

public sealed record CompleteTaskRequest(string Outcome, JsonNode? FormData);
