using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// Records the days of a paid hold, in the caller's unit of work: each held day becomes a request, then is processed as
/// the activity says (at once: accepted, its place having been kept under the day's lock; at night: "Non transmise").
/// Days refused while the payment was under way (a day closed by the mairie) were paid for nothing: their price becomes
/// trop payé. Used when PayFiP says paid, and at the validation when the trop payé paid everything (then with the ticket a
/// card payment gets, saying "Réglé par votre trop payé").
/// </summary>
internal sealed class HeldDayRecords(AppDbContext db, BookingCredits credits, PaymentTicket ticket)
{
    /// <summary>The hold the account's trop payé paid whole (<paramref name="paid"/>), at the validation: its days recorded, and the payment ticket to the account's first address.</summary>
    public async Task RecordPaidByTropPayeAsync(BookingHold hold, decimal paid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        await RecordPaidAsync(hold, now, cancellationToken);
        await ticket.SendTropPayeAsync(hold.UserId, paid, hold.Objet, hold.Refdet, now, ReservationsModule.SubmissionPath(hold.SubmissionId), cancellationToken);
    }

    public async Task RecordPaidAsync(BookingHold hold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var held = await db.Bookings.Where(b => b.HoldId == hold.Id && b.State == BookingState.EnAttentePaiement).ToListAsync(cancellationToken);
        var activityIds = held.Select(b => b.ActivityId).Distinct().ToList();
        var immediate = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id) && a.ProcessingMode == BookingProcessingMode.Immediate).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var booking in held)
        {
            var request = new BookingRequest { Booking = booking, Kind = BookingRequestKind.Reservation, SubmissionId = hold.SubmissionId, UserId = hold.UserId, CreatedAt = now };
            if (immediate.Contains(booking.ActivityId))
            {
                request.ProcessedAt = now;
                request.Outcome = BookingOutcome.Acceptee;
            }

            db.BookingRequests.Add(request);
            booking.State = request.Outcome is null ? BookingState.NonTransmise : BookingState.Acceptee;
            booking.UpdatedAt = now;
            booking.Version++;
        }

        var submission = await db.BookingSubmissions.SingleAsync(s => s.Id == hold.SubmissionId, cancellationToken);
        submission.Reservations += held.Count;
        hold.State = BookingHoldState.Paid;
        hold.EndedAt = now;
        await credits.SettleAsync(await db.Bookings.Where(b => b.HoldId == hold.Id && b.State == BookingState.Refusee).ToListAsync(cancellationToken), now, cancellationToken);
    }
}
