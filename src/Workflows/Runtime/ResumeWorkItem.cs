using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Runtime;

internal sealed record ResumeWorkItem(Guid BookmarkId, JsonNode? Payload) : WorkItem;
