using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// The catch-up of a payment whose notification did not come (or came while the portal could not record it): asks
/// PayFiP for the result and records it, with what it paid and the ticket, as a notification does
/// (<see cref="PaymentNotifications.SettleAsync"/>): in a scope and transaction of their own, where the purpose holds its
/// locks from its reads to the commit (an invoice's row, as a payment at the mairie does), before the step's. A step that
/// fails after it finds the payment settled when it runs again.
/// </summary>
[Activity("VerifierPaiementPayFip", "Vérifier un paiement PayFiP", "Paiements",
    Description = "Demande à PayFiP le résultat du paiement (corrélation « paiement:<id> ») s'il n'est pas encore enregistré, et l'enregistre : facture payée et ticket envoyé, ou réservations libérées ; un paiement refusé ou abandonné avant libère, passé sa validité, ce qu'il retenait. « Regle » : le paiement est terminé ; « EnAttente » : PayFiP ne connaît pas encore le résultat (ou ne répond pas).")]
[ActivityOutcomes("Regle", "EnAttente")]
internal sealed class CheckPaymentActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var id = OnlinePaymentWorkflow.PaymentId(context.CorrelationId) ?? throw new InvalidOperationException("La vérification d'un paiement doit être corrélée à un paiement (« paiement:<id> »).");
        var payment = await context.Services.GetRequiredService<AppDbContext>().PaymentOperations.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (payment is null)
        {
            return ActivityResult.Complete("Regle");
        }

        if (!payment.IsPending)
        {
            // Refused or abandoned earlier: past its validity, what it held is released (nothing, if it was kept for a new attempt that paid).
            if (payment.State != PaymentState.Paid)
            {
                await context.Services.GetRequiredService<PaymentPurposes>().For(payment).ReleaseAsync(payment, ct);
            }

            return ActivityResult.Complete("Regle");
        }

        try
        {
            await using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var own = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PaymentOperations.SingleAsync(p => p.Id == id, ct);
            return ActivityResult.Complete(await scope.ServiceProvider.GetRequiredService<PaymentNotifications>().SettleAsync(own, ct) ? "Regle" : "EnAttente");
        }
        catch (PayFipException ex)
        {
            context.Services.GetRequiredService<ILogger<CheckPaymentActivity>>().LogWarning(ex, "PayFiP could not give the result of payment {PaymentId}; asking again later", id);
            return ActivityResult.Complete("EnAttente");
        }
    }
}
