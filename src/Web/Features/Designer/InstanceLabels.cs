using System.Globalization;
using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Web.Features.Designer;

/// <summary>French labels and Paris dates of the instance pages.</summary>
internal static class InstanceLabels
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Status(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => "En cours",
        WorkflowStatus.Suspended => "En attente",
        WorkflowStatus.Finished => "Terminée",
        WorkflowStatus.Faulted => "En erreur",
        _ => "Annulée",
    };

    public static string Date(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), Paris).ToString("dd/MM/yyyy HH:mm", French)
        : "";

    /// <summary>The UTC instant a Paris day starts, to filter on creation dates.</summary>
    public static DateTime ParisMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);
}
