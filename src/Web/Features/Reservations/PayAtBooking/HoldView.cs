using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// What the validation's page shows of its days held for payment: the hold, whether it may be paid again, until when, the
/// days, and the trop payé used for them (<see cref="CreditUsed"/>; the card pays <see cref="BookingHold.Amount"/>).
/// </summary>
public sealed record HoldView(BookingHold Hold, bool Payable, DateTimeOffset? Expiry, IReadOnlyList<HeldDay> Days, decimal CreditUsed)
{
    /// <summary>The view of the validation's hold, or null when it held nothing. The caller has checked the validation is the account's own.</summary>
    internal static async Task<HoldView?> LoadAsync(AppDbContext db, HeldBookingsPurpose purpose, Guid submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(purpose);
        var hold = await db.BookingHolds.AsNoTracking().SingleOrDefaultAsync(h => h.SubmissionId == submissionId, cancellationToken);
        if (hold is null)
        {
            return null;
        }

        var reference = submissionId.ToString();
        var expiry = await db.PaymentOperations.AsNoTracking().Where(p => p.Purpose == HeldBookingsPurpose.PurposeKind && p.PurposeReference == reference)
            .MaxAsync(p => (DateTimeOffset?)p.ExpiresAt, cancellationToken);
        var days = await db.Bookings.AsNoTracking().Where(b => b.HoldId == hold.Id)
            .Join(db.Children, b => b.ChildId, c => c.Id, (b, c) => new { b, Child = c.FirstName + " " + c.LastName })
            .Join(db.Activities, x => x.b.ActivityId, a => a.Id, (x, a) => new { x.b, x.Child, Activity = a.Name })
            .OrderBy(x => x.Child).ThenBy(x => x.Activity).ThenBy(x => x.b.Day)
            .Select(x => new HeldDay(x.Child, x.Activity, x.b.Day, x.b.Price)).ToListAsync(cancellationToken);
        var used = await db.CreditMovements.AsNoTracking().Where(m => m.HoldId == hold.Id && m.Kind == CreditMovementKind.UsedAtBooking).Select(m => m.Amount).ToListAsync(cancellationToken);
        return new HoldView(hold, await purpose.IsPayableAsync(hold, cancellationToken), expiry, days, -used.Sum());
    }
}
