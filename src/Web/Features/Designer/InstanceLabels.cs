using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Features.Designer;

/// <summary>French labels of the instance pages; the creation-date filter in Paris days.</summary>
internal static class InstanceLabels
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Status(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => "En cours",
        WorkflowStatus.Suspended => "En attente",
        WorkflowStatus.Finished => "Terminée",
        WorkflowStatus.Faulted => "En erreur",
        _ => "Annulée",
    };

    /// <summary>The UTC instant a Paris day starts, to filter on creation dates.</summary>
    public static DateTime ParisMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);
}
