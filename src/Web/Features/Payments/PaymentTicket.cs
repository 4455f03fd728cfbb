using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Payments;

/// <summary>The payment ticket, emailed to the paying account's first address only (its other addresses get no ticket).</summary>
internal sealed class PaymentTicket(AppDbContext db, EmailOutbox outbox, CommuneTime dates, PortalLinks links)
{
    public const string Subject = "Ticket de paiement";

    public async Task SendAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        var addresses = await db.Users.AsNoTracking().Where(u => u.Id == payment.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (EmailAddresses.Split(addresses).FirstOrDefault() is not { } first)
        {
            return;
        }

        outbox.Enqueue(first, EmailLayout.Compose(
            $"{Subject} : {Money.Format(payment.Amount)}",
            "Bonjour,",
            [$"Votre paiement en ligne de {Money.Format(payment.Amount)} est enregistré. Conservez ce ticket.",
                $"Objet : {payment.Objet}",
                $"Référence : {payment.Refdet}",
                $"Payé le : {dates.DateAndTime(payment.TransactionAt ?? payment.SettledAt)}",
                $"Numéro d'autorisation : {payment.AuthorisationNumber ?? "—"}",
                $"Opération PayFiP : {payment.IdOp}"],
            new EmailAction("Voir le paiement", links.Absolute(PaymentsModule.PaymentPath(payment.Id)))));
    }
}
