using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Records a payment's result when PayFiP notifies it (server to server) or the parent comes back. A notification may come
/// twice, at the same time as another, or for an idOp the portal never issued: the state moves out of "pending" once (the
/// row's concurrency token), a duplicate finds it settled, and an unknown idOp changes nothing.
/// </summary>
internal sealed class PaymentNotifications(AppDbContext db, PaymentSettlement settlement, ILogger<PaymentNotifications> logger)
{
    /// <summary>False for an idOp the portal does not know.</summary>
    public async Task<bool> ReceiveAsync(string? idOp, CancellationToken cancellationToken)
    {
        var payment = string.IsNullOrWhiteSpace(idOp) ? null : await db.PaymentOperations.SingleOrDefaultAsync(p => p.IdOp == idOp, cancellationToken);
        if (payment is null)
        {
            logger.LogWarning("PayFiP notification for an unknown idOp {IdOp}: ignored", idOp);
            return false;
        }

        await SettleAsync(payment, cancellationToken);
        return true;
    }

    /// <summary>
    /// Asks PayFiP (no transaction open while it answers), then records the result in one transaction, in which the
    /// purpose takes its locks before reading what it needs (an invoice's row, also taken by a payment at the mairie) and
    /// which the one SaveChanges commits. True when the payment is settled (now, before, or meanwhile by another
    /// notification or check); false while PayFiP does not know the result yet.
    /// </summary>
    public async Task<bool> SettleAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (!payment.IsPending)
        {
            return true;
        }

        if (await settlement.AskAsync(payment, cancellationToken) is not { } result)
        {
            return false;
        }

        try
        {
            await db.InTransactionAsync(async () =>
            {
                await settlement.RecordAsync(payment, result, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Payment {PaymentId} was settled meanwhile by another notification or check", payment.Id);
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>The parent's return: settles the payment when PayFiP already knows the result; PayFiP's failure leaves it pending.</summary>
    public async Task SettleOnReturnAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        try
        {
            await SettleAsync(payment, cancellationToken);
        }
        catch (PayFipException ex)
        {
            logger.LogWarning(ex, "PayFiP could not give the result of payment {PaymentId} on the parent's return", payment.Id);
        }
    }
}
