using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>
/// The gestionnaire's hand on one activity day: promote a child from the waiting list, refuse a
/// booking with a motif, close the day. Each action runs under the day's lock
/// (<see cref="ActivityDayLocks"/>) in one transaction with its audit entry and its emails (outbox),
/// so that it never overbooks and never emails about a change that did not commit. A place freed
/// by a refusal goes to the waiting list at once (<see cref="BookingProcessor"/>).
/// </summary>
internal sealed class DayActions(AppDbContext db, ActivityDayLocks locks, BookingProcessor processor, WaitingListPromotions promotions,
    BookingAccountEmails emails, WalletLedger wallets, SettingsAudit audit, TimeProvider time)
{
    public const string RefusedSubject = "Réservation refusée par la mairie";
    public const string ClosedSubject = "Fermeture exceptionnelle : réservations annulées";
    private static readonly BookingState[] Active = [BookingState.NonTransmise, BookingState.Acceptee, BookingState.AnnulationNonTransmise, BookingState.ListeAttente];

    /// <summary>A closed day also refuses the days held for a payment at booking: paid later, they are not recorded.</summary>
    private static readonly BookingState[] Closing = [.. Active, BookingState.EnAttentePaiement];

    /// <returns>The French reason it was refused, or null once done.</returns>
    public Task<string?> PromoteAsync(long bookingId, string actor, CancellationToken cancellationToken) =>
        OnBookingAsync(bookingId, async (booking, activity, subject) =>
        {
            if (booking.State != BookingState.ListeAttente)
            {
                return "Cet enfant n'est plus sur la liste d'attente.";
            }

            var capacity = await db.ActivityDays.Where(d => d.ActivityId == booking.ActivityId && d.Day == booking.Day).Select(d => d.Capacity).SingleAsync(cancellationToken) ?? activity.CapacityPerDay;
            var accepted = await db.Bookings.CountAsync(b => b.ActivityId == booking.ActivityId && b.Day == booking.Day && (b.State == BookingState.Acceptee || b.State == BookingState.AnnulationNonTransmise || b.State == BookingState.EnAttentePaiement), cancellationToken);
            if (accepted >= capacity)
            {
                return $"Les {capacity} place(s) de ce jour sont prises : augmentez la capacité du jour pour accepter cet enfant.";
            }

            Move(booking, BookingState.Acceptee);
            await promotions.RecordAsync([booking], actor, time.GetUtcNow(), cancellationToken);
            await wallets.SettleAsync([booking], time.GetUtcNow(), cancellationToken);
            audit.Record(actor, subject, $"{BookingFormat.Long(booking.Day)} : {await NameAsync(booking, cancellationToken)} accepté(e) depuis la liste d'attente.");
            return null;
        }, cancellationToken);

    public Task<string?> RefuseAsync(long bookingId, string? motif, string actor, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(motif)
            ? Task.FromResult<string?>("Indiquez le motif du refus : la famille le lira.")
            : OnBookingAsync(bookingId, async (booking, activity, subject) =>
            {
                if (!Active.Contains(booking.State))
                {
                    return "Cette réservation est déjà annulée ou refusée.";
                }

                await RefuseAllAsync([booking], motif.Trim(), cancellationToken);
                await emails.EnqueueAsync([booking], RefusedSubject, $"La mairie a refusé les réservations suivantes. Motif : {motif.Trim()}", cancellationToken);
                audit.Record(actor, subject, $"{BookingFormat.Long(booking.Day)} : réservation de {await NameAsync(booking, cancellationToken)} refusée. Motif : {motif.Trim()}");
                return null;
            }, cancellationToken);

    /// <summary>
    /// Closes the activity that day (a <see cref="ClosedDay"/> parents read), refuses its bookings, those held for a payment
    /// at booking included, and writes to each family concerned.
    /// </summary>
    public async Task<string?> CloseAsync(int activityId, DateOnly day, string? motif, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(motif))
        {
            return "Indiquez le motif de la fermeture (grève, sortie…) : les familles le liront.";
        }

        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity)
        {
            return "Cette activité n'existe pas.";
        }

        var label = motif.Trim();
        var key = new ActivityDayKey(activityId, day);
        await locks.EnsureAsync([key], cancellationToken);
        await db.InTransactionAsync(async () =>
        {
            await locks.LockAsync([key], cancellationToken);
            db.ClosedDays.Add(new ClosedDay { Day = day, ActivityId = activityId, Label = label });
            var bookings = await db.Bookings.Where(b => b.ActivityId == activityId && b.Day == day && Closing.Contains(b.State)).ToListAsync(cancellationToken);
            await RefuseAllAsync(bookings, $"Fermé : {label}.", cancellationToken);
            await emails.EnqueueAsync(bookings, ClosedSubject, $"L'activité est fermée ce jour-là ({label}) : les réservations suivantes sont annulées.", cancellationToken);
            audit.Record(actor, await SubjectAsync(activity, cancellationToken), $"{BookingFormat.Long(day)} fermé ({label}) : {bookings.Count} réservation(s) refusée(s), familles prévenues par email.");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return null;
    }

    public Task<string> SubjectAsync(BookableActivity activity, CancellationToken cancellationToken) =>
        db.Structures.Where(s => s.Id == activity.StructureId).Select(s => $"Réservations « {activity.Name} » ({s.Name})").SingleAsync(cancellationToken);

    /// <summary>Refused bookings leave the day; their requests not processed yet end refused with the same motif.</summary>
    private async Task RefuseAllAsync(IReadOnlyCollection<Booking> bookings, string reason, CancellationToken cancellationToken)
    {
        var ids = bookings.Select(b => b.Id).ToList();
        foreach (var request in await db.BookingRequests.Where(r => ids.Contains(r.BookingId) && r.ProcessedAt == null).ToListAsync(cancellationToken))
        {
            request.ProcessedAt = time.GetUtcNow();
            request.Outcome = BookingOutcome.Refusee;
            request.Reason = reason;
        }

        foreach (var booking in bookings)
        {
            Move(booking, BookingState.Refusee);
        }

        // A day the porte-monnaie paid is given back.
        await wallets.SettleAsync(bookings, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Runs <paramref name="action"/> on the booking under its day's lock; then the day is processed (a freed place promotes the waiting list) and all commits together.</summary>
    private async Task<string?> OnBookingAsync(long bookingId, Func<Booking, BookableActivity, string, Task<string?>> action, CancellationToken cancellationToken)
    {
        if (await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken) is not { } found)
        {
            return "Cette réservation n'existe pas.";
        }

        var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == found.ActivityId, cancellationToken);
        var subject = await SubjectAsync(activity, cancellationToken);
        var key = new ActivityDayKey(found.ActivityId, found.Day);
        await locks.EnsureAsync([key], cancellationToken);
        string? error = null;
        await db.InTransactionAsync(async () =>
        {
            await locks.LockAsync([key], cancellationToken);
            var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId, cancellationToken);
            error = await action(booking, activity, subject);
            if (error is null)
            {
                await db.SaveChangesAsync(cancellationToken);
                await processor.ProcessAsync([key], cancellationToken);
            }
        }, cancellationToken);
        return error;
    }

    private async Task<string> NameAsync(Booking booking, CancellationToken cancellationToken) =>
        await db.Children.Where(c => c.Id == booking.ChildId).Select(c => BookingMailText.ChildName(c.FirstName, c.LastName)).SingleAsync(cancellationToken);

    private void Move(Booking booking, BookingState state)
    {
        booking.State = state;
        booking.WaitingSince = null;
        booking.UpdatedAt = time.GetUtcNow();
        booking.Version++;
    }
}
