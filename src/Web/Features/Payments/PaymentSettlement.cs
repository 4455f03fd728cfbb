using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Asks PayFiP how a pending payment ended (<see cref="AskAsync"/>, before any transaction: no lock is held while PayFiP
/// answers), then records it in the caller's unit of work and transaction (<see cref="RecordAsync"/>): the payment's state,
/// what it paid (or the release of what it held) and, when paid, the ticket email. Nothing here saves: the caller's one
/// SaveChanges commits all of it, or none of it if the process dies first, and the next notification or check does it
/// again.
/// </summary>
internal sealed class PaymentSettlement(IPayFipClient payfip, PaymentPurposes purposes, PaymentTicket ticket, IOptions<CampaignOptions> commune, TimeProvider time)
{
    /// <summary>
    /// How PayFiP says the pending payment ended; null while it does not know yet. An idOp PayFiP forgot, left unused past
    /// its validity, ends with no detail: nobody paid, and nobody can any more.
    /// </summary>
    public async Task<PaymentResult?> AskAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        try
        {
            return new PaymentResult(await payfip.GetPaymentDetailAsync(payment.IdOp!, cancellationToken));
        }
        catch (PayFipException ex) when (ex.IsResultNotYetKnown)
        {
            return null;
        }
        catch (PayFipException ex) when (ex.IsUnknownOperation && payment.IsExpired(time.GetUtcNow()))
        {
            return new PaymentResult(null);
        }
    }

    /// <summary>Records <paramref name="result"/> (<see cref="AskAsync"/>) in the caller's transaction, where the purpose may take its locks.</summary>
    public async Task RecordAsync(PaymentOperation payment, PaymentResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var purpose = purposes.For(payment);
        if (result.Detail is not { } detail)
        {
            payment.Expire(now);
            await purpose.ReleaseAsync(payment, cancellationToken);
            return;
        }

        payment.Settle(detail, TransactionAt(detail), now);
        if (payment.State == PaymentState.Paid)
        {
            await purpose.RecordPaidAsync(payment, cancellationToken);
            await ticket.SendAsync(payment, cancellationToken);
        }
        else
        {
            await purpose.ReleaseAsync(payment, cancellationToken);
        }
    }

    private DateTimeOffset? TransactionAt(PayFipPaymentDetail detail) =>
        detail.TransactionLocalTime is { } local
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), commune.Value.Zone), TimeSpan.Zero)
            : null;
}
