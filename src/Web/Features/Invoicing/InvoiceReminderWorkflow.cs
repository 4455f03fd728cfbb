using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// "Relance des factures impayées", published at first start and editable in the designer: one instance (correlation
/// "relances") that each day at the admin's time emails every unpaid invoice whose due date, plus the admin's delay, has
/// come, once per invoice.
/// </summary>
internal static class InvoiceReminderWorkflow
{
    public const string DefinitionId = "relance-factures";
    public const string Correlation = "relances";
    public const string ReminderStage = "Relance";

    public static WorkflowDefinitionModel Build() => ScheduledRunWorkflow.Build(
        DefinitionId,
        "Relance des factures impayées",
        "Chaque jour à l'heure choisie par l'administrateur : envoie un rappel par email pour chaque facture non réglée dont l'échéance (plus le délai choisi) est passée, une fois par facture.",
        ReminderStage,
        "RelancerFacturesImpayees",
        "relances");
}
