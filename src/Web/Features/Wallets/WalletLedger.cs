using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// Brings the porte-monnaie in line with the state of bookings, in the caller's unit of work (nothing here saves): a
/// booking of an activity paid by porte-monnaie is debited of its price once accepted, credited back when its
/// cancellation is processed (if the activity's cancellations are refundable) or when it is refused (a day closed by
/// the mairie, a refusal by the gestionnaire). Each booking's movements for its account sum to what it should cost, so
/// calling it twice, or on a booking that did not change, writes nothing. Called wherever a booking's state moves under
/// its day's lock: the processing (immediate and nightly), the promotions and the gestionnaire's actions; the same moves
/// settle the trop payé of days paid at booking (<see cref="BookingCredits"/>).
/// </summary>
internal sealed class WalletLedger(AppDbContext db, BookingCredits credits)
{
    public async Task SettleAsync(IEnumerable<Booking> bookings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        var list = bookings.Where(b => b.Id != 0).Distinct().ToList();
        if (list.Count == 0)
        {
            return;
        }

        await credits.SettleAsync(list, now, cancellationToken);

        var ids = list.Select(b => b.Id).ToList();
        var activityIds = list.Select(b => b.ActivityId).Distinct().ToList();
        var walletActivities = await db.ActivityBillings.AsNoTracking().Where(b => activityIds.Contains(b.ActivityId) && b.PaymentMode == PaymentMode.Wallet).Select(b => b.ActivityId).ToListAsync(cancellationToken);
        var movements = (await db.WalletMovements.AsNoTracking().Where(m => m.BookingId != null && ids.Contains(m.BookingId.Value)).Select(m => new { BookingId = m.BookingId!.Value, m.UserId, m.Amount }).ToListAsync(cancellationToken))
            .Concat(db.WalletMovements.Local.Where(m => m.BookingId is { } id && ids.Contains(id) && db.Entry(m).State == EntityState.Added).Select(m => new { BookingId = m.BookingId!.Value, m.UserId, m.Amount }))
            .ToList();
        if (walletActivities.Count == 0 && movements.Count == 0)
        {
            return;
        }

        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var childIds = list.Select(b => b.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName, cancellationToken);
        foreach (var booking in list)
        {
            // Only the booking's current account: a day another account paid earlier keeps that account's movements.
            var net = movements.Where(m => m.BookingId == booking.Id && m.UserId == booking.UserId).Sum(m => m.Amount);
            var activity = activities[booking.ActivityId];
            var delta = Target(booking, net, walletActivities.Contains(booking.ActivityId), activity.CancellationRefundable) - net;
            if (delta == 0)
            {
                continue;
            }

            var what = $"{activity.Name} – {children.GetValueOrDefault(booking.ChildId)} – {BookingFormat.Short(booking.Day)}";
            db.WalletMovements.Add(new WalletMovement
            {
                FamilyId = booking.FamilyId,
                UserId = booking.UserId,
                StructureId = activity.StructureId,
                Kind = delta < 0 ? WalletMovementKind.Debit : WalletMovementKind.Refund,
                Amount = delta,
                BookingId = booking.Id,
                Label = Truncate(delta < 0 ? $"Réservation {what}" : booking.State == BookingState.Refusee ? $"Réservation refusée {what}" : $"Annulation {what}"),
                CreatedAt = now,
            });
        }
    }

    /// <summary>What the booking should have cost its account so far (negative: debited).</summary>
    private static decimal Target(Booking booking, decimal net, bool paidByWallet, bool refundable) => booking.State switch
    {
        BookingState.Acceptee or BookingState.AnnulationNonTransmise => paidByWallet ? -Money.Line(booking.Price ?? 0) : net,
        BookingState.Annulee => refundable ? 0 : net,
        BookingState.Refusee => 0,
        _ => net,
    };

    private static string Truncate(string label) => label.Length > 200 ? label[..200] : label;
}
