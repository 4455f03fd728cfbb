using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Payments.Emails;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// The payment ticket, emailed to the paying account's first address only (its other addresses get no ticket): of a card
/// payment when PayFiP says paid, or of days paid at booking that the account's trop payé paid whole (no card payment).
/// </summary>
internal sealed class PaymentTicket(AppDbContext db, EmailOutbox outbox, CommuneTime dates, PortalLinks links)
{
    public const string Subject = "Ticket de paiement";

    public Task SendAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return SendAsync(payment.UserId, new PaymentTicketEmail(
            Money.Format(payment.Amount), payment.Objet, payment.Refdet, dates.DateAndTime(payment.TransactionAt ?? payment.SettledAt),
            payment.AuthorisationNumber, payment.IdOp, links.Absolute(PaymentsModule.PaymentPath(payment.Id)), ByTropPaye: false), cancellationToken);
    }

    /// <summary>The ticket of a debt (<paramref name="objet"/>, <paramref name="refdet"/>) the account's trop payé paid whole: "Réglé par votre trop payé".</summary>
    public Task SendTropPayeAsync(string userId, decimal amount, string objet, string refdet, DateTimeOffset paidAt, string path, CancellationToken cancellationToken) =>
        SendAsync(userId, new PaymentTicketEmail(Money.Format(amount), objet, refdet, dates.DateAndTime(paidAt), null, null, links.Absolute(path), ByTropPaye: true), cancellationToken);

    private async Task SendAsync(string userId, PaymentTicketEmail email, CancellationToken cancellationToken)
    {
        var addresses = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (EmailAddresses.Split(addresses).FirstOrDefault() is { } first)
        {
            await outbox.EnqueueAsync(first, email);
        }
    }
}
