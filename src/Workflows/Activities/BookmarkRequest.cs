using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Activities;

/// <summary>
/// A point where the activity waits for a stimulus. <see cref="Name"/> and <see cref="Key"/> make the
/// stimulus hash a resume is matched by; <see cref="DueAt"/> makes it a durable timer.
/// </summary>
public sealed record BookmarkRequest(string Name, string? Key = null, JsonNode? Payload = null)
{
    public DateTime? DueAt { get; init; }

    public HumanTaskRequest? Task { get; init; }

    internal ChildWorkflowRequest? Child { get; init; }
}
