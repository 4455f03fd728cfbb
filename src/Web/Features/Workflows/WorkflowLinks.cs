using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Features.Workflows;

/// <summary>Links from the portal's pages to the workflow instance viewer, and French status labels.</summary>
public static class WorkflowLinks
{
    public static string Instance(Guid instanceId) => $"/gestion/workflows/instances/{instanceId}";

    public static string Status(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => "En cours",
        WorkflowStatus.Suspended => "En attente",
        WorkflowStatus.Finished => "Terminé",
        WorkflowStatus.Faulted => "En erreur",
        WorkflowStatus.Cancelled => "Annulé",
        _ => status.ToString(),
    };
}
