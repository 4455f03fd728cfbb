using System.Text.Json;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// "Valider définitivement": every cart line is checked again; the accepted ones become requests
/// "Non transmise" in arrival order, the refused ones are kept with their reason, the cart is
/// emptied and the "Demande de réservation" workflow is started, in one short transaction that
/// locks no day. The days of activities in immediate mode are then processed by this node's next
/// round (<see cref="ImmediateProcessing"/>), which the validation awaits without holding a
/// connection: one round, under the days' locks, answers every parent who validated meanwhile. A
/// process dying between the two leaves the requests "Non transmise" for the next processing of
/// their days (the night's run at the latest). The submission key makes a double click, a second
/// tab or a replayed post a no-op; the unique (child, activity, day) booking makes two parents
/// validating the same day record it once. Days of activities paid at booking are held for their
/// payment instead (<see cref="BookingHolds"/>), under their days' locks, in the first transaction,
/// with the PayFiP payment that will record them.
/// </summary>
internal sealed class BookingValidation(AppDbContext db, BookingPlanner planner, ActivityDayLocks locks, ImmediateProcessing processing, BookingHolds holds, WalletChecks wallets, IWorkflowStep workflows, TimeProvider time)
{
    private const int Attempts = 4;

    /// <summary>
    /// The submission recorded under <paramref name="key"/>, or null when the cart was empty. The trop payé of the
    /// <paramref name="useCreditOf"/> services pays what it can of their days paid at booking ("Utiliser trop payé").
    /// </summary>
    public async Task<BookingSubmission?> SubmitAsync(int familyId, string userId, Guid key, IReadOnlyCollection<int> useCreditOf, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await db.BookingSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key && s.UserId == userId, cancellationToken) is { } done)
            {
                return done;
            }

            var cart = db.CartLines.Where(l => l.UserId == userId && l.FamilyId == familyId);
            // The cart's days with how their activity is processed and paid, in one query.
            var days = await cart.Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new
                {
                    l.Kind,
                    l.ActivityId,
                    l.Day,
                    a.ProcessingMode,
                    a.StructureId,
                    PaymentMode = db.ActivityBillings.Where(b => b.ActivityId == a.Id).Select(b => (PaymentMode?)b.PaymentMode).FirstOrDefault(),
                })
                .AsNoTracking().ToListAsync(cancellationToken);
            if (days.Count == 0)
            {
                return null;
            }

            // Activities processed at once: their days, processed once the requests are recorded; days paid at booking: locked while they are held.
            var immediate = days.Where(d => d.ProcessingMode == BookingProcessingMode.Immediate).Select(d => new ActivityDayKey(d.ActivityId, d.Day)).Distinct().ToList();
            var lines = days.Where(d => d.Kind == BookingRequestKind.Reservation).ToList();
            var paidAtBooking = lines.Where(l => l.PaymentMode == PaymentMode.PayAtBooking).Select(l => l.ActivityId).ToHashSet();
            var held = lines.Where(l => paidAtBooking.Contains(l.ActivityId)).Select(l => new ActivityDayKey(l.ActivityId, l.Day)).Distinct().ToList();
            await locks.EnsureAsync(held, cancellationToken);
            var walletStructures = lines.Where(l => l.PaymentMode == PaymentMode.Wallet).DistinctBy(l => l.ActivityId).ToDictionary(l => l.ActivityId, l => l.StructureId);
            var walletPlan = await wallets.PrepareAsync(familyId, userId, walletStructures, held.Count == 0 ? [] : useCreditOf, cancellationToken);
            BookingSubmission? submission = null;
            try
            {
                await db.InTransactionAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await locks.LockAsync(held, cancellationToken);
                    var payAtBooking = new PayAtBookingLines(paidAtBooking, await holds.PlacesAsync(held, cancellationToken), held.Count == 0 ? null : await holds.CannotPayAsync(userId, cancellationToken));
                    // The wallets' (and trop payé's) locks come after the days': nobody takes a day's lock while holding a wallet's.
                    var spending = await wallets.LockAsync(walletPlan, cancellationToken);
                    submission = await RecordAsync(familyId, userId, key, await cart.ToListAsync(cancellationToken), payAtBooking, spending, cancellationToken);
                    await holds.CreditCancelledAsync(payAtBooking.Cancelled, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    if (payAtBooking.Held.Count > 0)
                    {
                        await holds.HoldAsync(submission, payAtBooking.Held, useCreditOf, cancellationToken);
                        await db.SaveChangesAsync(cancellationToken);
                    }
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The other parent (or another tab) recorded a day first: check every line again.
                db.ChangeTracker.Clear();
                continue;
            }

            await processing.ProcessAsync(immediate, cancellationToken);
            return submission;
        }
    }

    public static IReadOnlyList<RefusedLine> Refused(BookingSubmission submission) =>
        JsonSerializer.Deserialize<List<RefusedLine>>(submission.RefusedJson) ?? [];

    private async Task<BookingSubmission> RecordAsync(int familyId, string userId, Guid key, List<CartLine> lines, PayAtBookingLines payAtBooking, WalletSpending spending, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var submission = new BookingSubmission { Id = key, FamilyId = familyId, UserId = userId, CreatedAt = now, RefusedJson = "[]" };
        var refused = new List<RefusedLine>();
        var clock = await planner.ClockAsync(cancellationToken);
        // Every child of the cart checked again from one read of each kind (a plan over all the cart's days).
        var plans = lines.Count == 0 ? [] : await planner.ValidationPlansAsync(familyId, userId, [.. lines.Select(l => l.ChildId)], lines.Min(l => l.Day), lines.Max(l => l.Day), clock, cancellationToken);
        foreach (var group in lines.GroupBy(l => l.ChildId))
        {
            var plan = plans.GetValueOrDefault(group.Key);
            // Cancellations first, so that a day swapped for an activity at the same hours is accepted.
            foreach (var line in group.OrderBy(l => l.Day).ThenBy(l => l.Kind == BookingRequestKind.Reservation).ThenBy(l => l.ActivityId))
            {
                db.CartLines.Remove(line);
                var activity = plan?.Data.Activities.FirstOrDefault(a => a.Id == line.ActivityId);
                var reason = plan is null || activity is null ? "Cette activité n'est plus proposée pour cet enfant." : Check(plan, activity, line, userId);
                var hold = reason is null && payAtBooking.Holds(line, plan!.Price(line.ActivityId, line.Day));
                reason ??= hold ? payAtBooking.CannotHold(line) : spending.CannotAfford(line, plan!.Price(line.ActivityId, line.Day));
                if (reason is not null)
                {
                    refused.Add(new RefusedLine(plan?.Data.Child.FullName ?? string.Empty, activity?.Name ?? string.Empty, line.Day, line.Kind, reason));
                    continue;
                }

                plan!.Data.Cart.Add(line);
                var request = new BookingRequest { Kind = line.Kind, SubmissionId = key, UserId = userId, CreatedAt = now };
                request.Booking = Apply(plan, line, request, now);
                if (hold)
                {
                    // No request until paid: the day takes its place, "En attente de paiement".
                    request.Booking.State = BookingState.EnAttentePaiement;
                    payAtBooking.Held.Add(request.Booking);
                    continue;
                }

                if (request.Booking.HoldId is not null && request.Booking.State == BookingState.Annulee)
                {
                    payAtBooking.Cancelled.Add(request.Booking);
                }

                db.BookingRequests.Add(request);
                _ = line.Kind == BookingRequestKind.Reservation ? submission.Reservations++ : submission.Cancellations++;
            }
        }

        submission.RefusedJson = JsonSerializer.Serialize(refused);
        db.BookingSubmissions.Add(submission);
        var input = new JsonObject
        {
            ["demande"] = key.ToString(),
            ["familleId"] = familyId,
            ["reservations"] = submission.Reservations,
            ["annulations"] = submission.Cancellations,
            ["refusees"] = refused.Count,
        };
        submission.WorkflowInstanceId = await workflows.DispatchAsync(BookingRequestWorkflow.DefinitionId, input, BookingRequestWorkflow.Correlation(key), cancellationToken);
        return submission;
    }

    /// <summary>Why the line cannot be recorded now, with the cart lines accepted before it taken into account.</summary>
    private static string? Check(ChildPlan plan, BookableActivity activity, CartLine line, string userId)
    {
        var booking = plan.ActiveBooking(activity.Id, line.Day);
        if (line.Kind == BookingRequestKind.Reservation)
        {
            if (booking is not null)
            {
                return booking.UserId == userId ? "Ce jour est déjà réservé." : BookingRules.OtherParentMessage;
            }

            return plan.CannotBook(activity, line.Day, plan.OtherActivitiesBooked(activity, line.Day, includeCart: true));
        }

        if (booking is null || booking.State == BookingState.AnnulationNonTransmise)
        {
            return "Aucune réservation à annuler pour ce jour.";
        }

        if (booking.State == BookingState.EnAttentePaiement)
        {
            return PayAtBookingLines.AwaitingPayment;
        }

        return booking.UserId != userId
            ? "Ce jour a été réservé depuis le compte de l'autre responsable : lui seul peut l'annuler."
            : BookingRules.CannotCancel(activity, booking, plan.Clock);
    }

    private Booking Apply(ChildPlan plan, CartLine line, BookingRequest request, DateTimeOffset now)
    {
        var userId = request.UserId;
        var booking = plan.Data.Bookings.FirstOrDefault(b => b.ActivityId == line.ActivityId && b.Day == line.Day);
        if (booking is null)
        {
            booking = new Booking { FamilyId = plan.Data.Child.FamilyId, ChildId = line.ChildId, ActivityId = line.ActivityId, Day = line.Day, UserId = userId };
            db.Bookings.Add(booking);
        }

        if (line.Kind == BookingRequestKind.Annulation && booking.State == BookingState.ListeAttente)
        {
            // Leaving the waiting list frees no place: done at once, whatever the processing mode.
            request.ProcessedAt = now;
            request.Outcome = BookingOutcome.Annulee;
            booking.WaitingSince = null;
        }

        if (line.Kind == BookingRequestKind.Reservation)
        {
            // The price the parent saw in the calendar and the recap, for the account that books.
            booking.Price = plan.Price(line.ActivityId, line.Day);
        }

        booking.State = (line.Kind, booking.State) switch
        {
            (BookingRequestKind.Reservation, _) => BookingState.NonTransmise,
            // Never processed, or only waiting: the day is simply given up.
            (_, BookingState.NonTransmise or BookingState.ListeAttente) => BookingState.Annulee,
            _ => BookingState.AnnulationNonTransmise,
        };
        booking.UserId = userId;
        booking.UpdatedAt = now;
        booking.Version++;
        return booking;
    }
}
