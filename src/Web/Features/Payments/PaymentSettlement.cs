using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Asks PayFiP how a pending payment ended and records it in the caller's unit of work: the payment's state, what it paid
/// (or the release of what it held) and, when paid, the ticket email. Nothing here saves: the caller's one SaveChanges
/// commits all of it, or none of it if the process dies first, and the next notification or check does it again.
/// </summary>
internal sealed class PaymentSettlement(IPayFipClient payfip, PaymentPurposes purposes, PaymentTicket ticket, IOptions<CampaignOptions> commune, TimeProvider time)
{
    /// <summary>True when the payment is settled (now or before); false while PayFiP does not know the result yet.</summary>
    public async Task<bool> SettleAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (!payment.IsPending)
        {
            return true;
        }

        var now = time.GetUtcNow();
        PayFipPaymentDetail detail;
        try
        {
            detail = await payfip.GetPaymentDetailAsync(payment.IdOp!, cancellationToken);
        }
        catch (PayFipException ex) when (ex.IsResultNotYetKnown)
        {
            return false;
        }
        catch (PayFipException ex) when (ex.IsUnknownOperation && payment.IsExpired(now))
        {
            // PayFiP forgets an idOp left unused past its validity: nobody paid, and nobody can any more.
            payment.Expire(now);
            await purposes.For(payment).ReleaseAsync(payment, cancellationToken);
            return true;
        }

        payment.Settle(detail, TransactionAt(detail), now);
        var purpose = purposes.For(payment);
        if (payment.State == PaymentState.Paid)
        {
            await purpose.RecordPaidAsync(payment, cancellationToken);
            await ticket.SendAsync(payment, cancellationToken);
        }
        else
        {
            await purpose.ReleaseAsync(payment, cancellationToken);
        }

        return true;
    }

    private DateTimeOffset? TransactionAt(PayFipPaymentDetail detail) =>
        detail.TransactionLocalTime is { } local
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), commune.Value.Zone), TimeSpan.Zero)
            : null;
}
