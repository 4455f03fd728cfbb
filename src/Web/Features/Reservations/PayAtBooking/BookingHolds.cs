using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// Pay at booking, inside the validation's transaction: which cart days are paid at booking, whether the account can pay
/// online, and the hold of the days with its PayFiP payment. The hold, its bookings, the payment and its "Paiement en
/// ligne" workflow commit together with the validation, or none of them (PayFiP not answering rolls it all back and the
/// cart stays as it was).
/// </summary>
internal sealed class BookingHolds(AppDbContext db, PaymentStarter payments, BookingCredits credits, HeldDayRecords records, IOptions<PayFipOptions> payfip, TimeProvider time)
{
    public const string NotOffered = "La commune ne propose pas encore le paiement en ligne : cette activité se paie à la réservation, réservez-la à la mairie.";

    /// <summary>Why the account cannot pay days at booking (no online payment, no email address); null when it can.</summary>
    public async Task<string?> CannotPayAsync(string userId, CancellationToken cancellationToken) =>
        !payfip.Value.IsConfigured ? NotOffered
        : await payments.PayerEmailAsync(userId, cancellationToken) is null ? PaymentStarter.NoEmail
        : null;

    /// <summary>The places left on the days (locked by the caller), counting the days already held for a payment.</summary>
    public Task<HeldPlaces> PlacesAsync(IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken) =>
        HeldPlaces.LoadAsync(db, days, cancellationToken);

    /// <summary>
    /// Holds the saved <paramref name="bookings"/> for one payment; the trop payé of the <paramref name="useCreditOf"/>
    /// services pays what it can of their days (under the account's locks, taken by the caller), and PayFiP is asked for
    /// the rest. When the trop payé pays everything, there is nothing to ask PayFiP: the days are recorded at once. The
    /// caller saves.
    /// </summary>
    public async Task HoldAsync(BookingSubmission submission, IReadOnlyList<Booking> bookings, IReadOnlyCollection<int> useCreditOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var names = await db.Activities.AsNoTracking().Where(a => bookings.Select(b => b.ActivityId).Contains(a.Id)).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);
        var objet = $"Réservations {string.Join(", ", names)}";
        var now = time.GetUtcNow();
        var hold = new BookingHold
        {
            SubmissionId = submission.Id,
            FamilyId = submission.FamilyId,
            UserId = submission.UserId,
            Amount = bookings.Sum(b => b.Price ?? 0),
            Objet = objet.Length > PayFipRules.ObjetMaxLength ? objet[..PayFipRules.ObjetMaxLength] : objet,
            State = BookingHoldState.Held,
            CreatedAt = now,
        };
        db.BookingHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            booking.HoldId = hold.Id;
        }

        var used = await credits.UseAtBookingAsync(hold, bookings, useCreditOf, now, cancellationToken);
        hold.Amount -= used;
        if (hold.Amount == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await records.RecordPaidByTropPayeAsync(hold, used, now, cancellationToken);
            return;
        }

        var email = await payments.PayerEmailAsync(submission.UserId, cancellationToken) ?? throw new InvalidOperationException("Le compte n'a plus d'adresse email.");
        await payments.RegisterAsync(submission.UserId, submission.FamilyId, new PaymentDebt(submission.Id.ToString(), hold.Refdet, hold.Objet, hold.Amount), HeldBookingsPurpose.PurposeKind, email, cancellationToken);
    }

    /// <summary>Days paid at booking that the validation gave up before they were processed: owed back when refundable.</summary>
    public Task CreditCancelledAsync(IReadOnlyCollection<Booking> cancelled, CancellationToken cancellationToken) =>
        credits.SettleAsync(cancelled, time.GetUtcNow(), cancellationToken);

    /// <summary>Where a validation that held days sends the parent: PayFiP's page of its open payment, or null (paid, released, expired, none).</summary>
    public async Task<Uri?> PaymentPageAsync(Guid submissionId, string userId, CancellationToken cancellationToken)
    {
        var reference = submissionId.ToString();
        var now = time.GetUtcNow();
        var open = await db.PaymentOperations.AsNoTracking()
            .Where(p => p.UserId == userId && p.Purpose == HeldBookingsPurpose.PurposeKind && p.PurposeReference == reference && p.State == PaymentState.Pending)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return open is { IdOp: { } idOp } && !open.IsExpired(now) ? new Uri(payfip.Value.PaymentPage(idOp)) : null;
    }
}
