using DossierFamille.Web.Data;
using DossierFamille.Workflows.Management;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Publishes the workflows the portal ships with, once; admins edit them afterwards.</summary>
internal sealed class ShippedWorkflowsSeeder(IWorkflowDefinitionService definitions) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var result = await definitions.PublishIfAbsentAsync(FicheReviewWorkflow.Build(), cancellationToken);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The shipped workflow {FicheReviewWorkflow.DefinitionId} is invalid: {string.Join("; ", result.Errors)}");
        }
    }
}
