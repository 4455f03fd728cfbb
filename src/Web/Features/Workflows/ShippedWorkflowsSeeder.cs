using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Features.Rgpd.Closure;
using DossierFamille.Web.Features.Rgpd.Copy;
using DossierFamille.Workflows.Management;

namespace DossierFamille.Web.Features.Workflows;

/// <summary>Publishes the workflows the portal ships with, once; admins edit them afterwards.</summary>
internal sealed class ShippedWorkflowsSeeder(IWorkflowDefinitionService definitions) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var workflow in new[] { FicheReviewWorkflow.Build(), ReglementSignatureWorkflow.Build(), CampaignWorkflow.Build(), BookingRequestWorkflow.Build(), BookingProcessingWorkflow.Build(), PurgeWorkflow.Build(), DataCopyWorkflow.Build(), AccountClosureWorkflow.Build(), OnlinePaymentWorkflow.Build(), InvoicingWorkflow.Build(), InvoiceReminderWorkflow.Build() })
        {
            var result = await definitions.PublishIfAbsentAsync(workflow, cancellationToken);
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The shipped workflow {workflow.DefinitionId} is invalid: {string.Join("; ", result.Errors)}");
            }
        }
    }
}
