using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

/// <summary>An activity waiting to execute; <paramref name="Triggered"/> when it is the trigger that started the instance.</summary>
internal sealed record ScheduledActivity(string ActivityId, bool Triggered = false, JsonNode? Payload = null);
