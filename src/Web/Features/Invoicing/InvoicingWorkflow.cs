using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// "Facturation mensuelle", published at first start and editable in the designer: one instance for the commune
/// (correlation "facturation", started with the invoicing settings) that waits for the admin's day of the month and time,
/// invoices the previous month in slices, and starts again. An admin's change of the settings wakes it to plan again.
/// </summary>
internal static class InvoicingWorkflow
{
    public const string DefinitionId = "facturation-mensuelle";
    public const string Correlation = "facturation";
    public const string SettingsChangedSignal = "ReglagesFacturationModifies";
    public const string RunStage = "Facturation";

    public static WorkflowDefinitionModel Build() => ScheduledRunWorkflow.Build(
        DefinitionId,
        "Facturation mensuelle",
        "Chaque mois, au jour et à l'heure choisis par l'administrateur : émet pour chaque compte payeur la facture du mois précédent (réservations acceptées et pénalités de pointage), la numérote, la met en PDF et prévient la famille par email.",
        RunStage,
        "EmettreFacturesMensuelles",
        "facturation");
}
