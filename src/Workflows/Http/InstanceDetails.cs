using System.Text.Json.Nodes;
using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Workflows.Http;

public sealed record InstanceDetails(InstanceSummary Instance, JsonObject Variables, IReadOnlyList<WfJournalEntry> Journal, IReadOnlyList<WfIncident> Incidents);
