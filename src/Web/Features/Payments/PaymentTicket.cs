using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Payments.Emails;

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

        await outbox.EnqueueAsync(first, new PaymentTicketEmail(
            Money.Format(payment.Amount), payment.Objet, payment.Refdet, dates.DateAndTime(payment.TransactionAt ?? payment.SettledAt),
            payment.AuthorisationNumber, payment.IdOp, links.Absolute(PaymentsModule.PaymentPath(payment.Id))));
    }
}
