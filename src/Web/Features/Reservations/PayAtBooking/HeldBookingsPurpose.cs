using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// The payment of days held at booking (reference: the validation's key). Paid: the held days are recorded in the
/// payment's unit of work (<see cref="HeldDayRecords"/>). Refused or abandoned: the days stay held while the payment is
/// valid, so the parent may pay again from the validation's page, and are released when the catch-up comes by after its
/// validity, with the trop payé they used given back. Paid after they were released: what it paid is trop payé.
/// </summary>
internal sealed class HeldBookingsPurpose(AppDbContext db, HeldDayRecords records, BookingCredits credits, TimeProvider time, ILogger<HeldBookingsPurpose> logger) : IPaymentPurpose
{
    public const string PurposeKind = "reservation";

    public string Kind => PurposeKind;

    public async Task<PaymentDebt?> FindDebtAsync(AccountScope scope, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Guid.TryParse(reference, out var submissionId)
            || await scope.Owned(db.BookingHolds.AsNoTracking(), h => h.FamilyId, h => h.UserId).SingleOrDefaultAsync(h => h.SubmissionId == submissionId, cancellationToken) is not { } hold
            || !await IsPayableAsync(hold, cancellationToken))
        {
            return null;
        }

        return new PaymentDebt(submissionId.ToString(), hold.Refdet, hold.Objet, hold.Amount);
    }

    /// <summary>Held, and its last payment still within its validity: a new attempt keeps the days it holds.</summary>
    public async Task<bool> IsPayableAsync(BookingHold hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return hold.State == BookingHoldState.Held && await LastExpiryAsync(hold, cancellationToken) is { } expiry && time.GetUtcNow() < expiry;
    }

    public string ReturnPath(string reference) =>
        Guid.TryParse(reference, out var submissionId) ? ReservationsModule.SubmissionPath(submissionId) : ReservationsModule.ParentPath;

    public async Task RecordPaidAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await HoldOfAsync(payment, cancellationToken) is not { } hold)
        {
            return;
        }

        if (hold.State != BookingHoldState.Held)
        {
            if (hold.State == BookingHoldState.Released)
            {
                // Paid on PayFiP's page after its validity: nothing is booked any more, the money is owed back.
                await credits.PaidAfterReleaseAsync(hold, payment.Id, payment.Amount, time.GetUtcNow(), cancellationToken);
            }

            logger.LogWarning("Payment {PaymentId} is paid but the days of hold {Refdet} are already {State}: nothing booked", payment.Id, hold.Refdet, hold.State);
            return;
        }

        await records.RecordPaidAsync(hold, time.GetUtcNow(), cancellationToken);
    }

    public async Task ReleaseAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await HoldOfAsync(payment, cancellationToken) is not { } hold || hold.State != BookingHoldState.Held)
        {
            return;
        }

        // Another attempt still open or paid keeps the days; so does this one's validity, for a new attempt.
        var now = time.GetUtcNow();
        if (await Payments(hold).Where(p => p.Id != payment.Id).AnyAsync(p => p.State == PaymentState.Pending || p.State == PaymentState.Paid, cancellationToken)
            || now < (await LastExpiryAsync(hold, cancellationToken) ?? payment.ExpiresAt))
        {
            return;
        }

        foreach (var booking in await HeldBookingsAsync(hold, cancellationToken))
        {
            Move(booking, BookingState.Annulee, now);
        }

        hold.State = BookingHoldState.Released;
        hold.EndedAt = now;
        await credits.ReturnUseAsync(hold, now, cancellationToken);
    }

    private Task<BookingHold?> HoldOfAsync(PaymentOperation payment, CancellationToken cancellationToken) =>
        Guid.TryParse(payment.PurposeReference, out var submissionId)
            ? db.BookingHolds.SingleOrDefaultAsync(h => h.SubmissionId == submissionId && h.UserId == payment.UserId, cancellationToken)
            : Task.FromResult<BookingHold?>(null);

    private Task<List<Booking>> HeldBookingsAsync(BookingHold hold, CancellationToken cancellationToken) =>
        db.Bookings.Where(b => b.HoldId == hold.Id && b.State == BookingState.EnAttentePaiement).ToListAsync(cancellationToken);

    private IQueryable<PaymentOperation> Payments(BookingHold hold)
    {
        var reference = hold.SubmissionId.ToString();
        return db.PaymentOperations.AsNoTracking().Where(p => p.Purpose == PurposeKind && p.PurposeReference == reference);
    }

    private async Task<DateTimeOffset?> LastExpiryAsync(BookingHold hold, CancellationToken cancellationToken) =>
        await Payments(hold).MaxAsync(p => (DateTimeOffset?)p.ExpiresAt, cancellationToken);

    private static void Move(Booking booking, BookingState state, DateTimeOffset now)
    {
        booking.State = state;
        booking.UpdatedAt = now;
        booking.Version++;
    }
}
