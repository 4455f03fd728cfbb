using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>Erases the data of the confirmed closure (the correlation) in the step's transaction; its files are queued.</summary>
[Activity("FermerCompte", "Effacer les données du compte fermé", "RGPD",
    Description = "Efface les données personnelles du compte dont la fermeture a été confirmée (et tout le dossier de la famille si c'était son dernier compte), en gardant ce que la loi impose (preuves de signature). Les fichiers sont mis en file : placez ensuite « Supprimer les fichiers purgés » après une attente.")]
[ActivityOutcomes("Done")]
internal sealed class CloseAccountActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var id = AccountClosureWorkflow.ClosureId(context.CorrelationId) ?? throw new InvalidOperationException("La fermeture doit être corrélée à une demande (« fermeture:<id> »).");
        var closure = await context.Services.GetRequiredService<AppDbContext>().Set<AccountClosure>().SingleAsync(c => c.Id == id, context.CancellationToken);
        if (closure.Status == ClosureStatus.Confirmee)
        {
            await context.Services.GetRequiredService<AccountErasure>().EraseAsync(closure, context.TimeProvider.GetUtcNow(), context.CancellationToken);
        }

        return ActivityResult.Done;
    }
}
