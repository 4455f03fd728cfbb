using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// The trop payé of days paid at booking, in the caller's unit of work (nothing here saves): a day whose payment went
/// through (its <see cref="BookingHold"/> is paid) and that is then refused (day closed by the mairie, refused by a
/// gestionnaire or by the processing) or cancelled in time in an activity whose cancellations are refundable credits its
/// price to the account that paid it, on the activity's service. Once per day and payment (<see cref="Booking.Id"/>,
/// <see cref="Booking.HoldId"/>): calling it twice writes nothing, and a day booked and paid again gives its own credit.
/// Called wherever such a day's state moves: the processing and the gestionnaire's actions (through the wallet ledger),
/// the validation that cancels a day not processed yet, and the payment that arrives after a held day was refused.
/// It also spends the trop payé on days paid at booking when the parent chooses to ("Utiliser trop payé"), and gives it
/// back when their card payment does not go through.
/// </summary>
internal sealed class BookingCredits(AppDbContext db, CreditReader reader)
{
    public async Task SettleAsync(IEnumerable<Booking> bookings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        var list = bookings.Where(b => b.Id != 0 && b.HoldId is not null && b.State is BookingState.Annulee or BookingState.Refusee).Distinct().ToList();
        if (list.Count == 0)
        {
            return;
        }

        var holdIds = list.Select(b => b.HoldId!.Value).Distinct().ToList();
        // Tracked: a hold marked paid in this unit of work counts as paid.
        var paid = (await db.BookingHolds.Where(h => holdIds.Contains(h.Id)).ToListAsync(cancellationToken)).Where(h => h.State == BookingHoldState.Paid).ToDictionary(h => h.Id);
        list = [.. list.Where(b => paid.ContainsKey(b.HoldId!.Value))];
        if (list.Count == 0)
        {
            return;
        }

        var bookingIds = list.Select(b => b.Id).ToList();
        var credited = (await db.CreditMovements.AsNoTracking().Where(m => m.BookingId != null && bookingIds.Contains(m.BookingId.Value)).Select(m => new { m.BookingId, m.HoldId }).ToListAsync(cancellationToken))
            .Concat(db.CreditMovements.Local.Where(m => m.BookingId is { } id && bookingIds.Contains(id)).Select(m => new { m.BookingId, m.HoldId }))
            .Select(m => (m.BookingId, m.HoldId)).ToHashSet();
        var activityIds = list.Select(b => b.ActivityId).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var childIds = list.Select(b => b.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName, cancellationToken);
        foreach (var booking in list)
        {
            var activity = activities[booking.ActivityId];
            if (CreditFor(booking.State, activity.CancellationRefundable) is not { } kind || booking.Price is not > 0 || credited.Contains((booking.Id, booking.HoldId)))
            {
                continue;
            }

            var hold = paid[booking.HoldId!.Value];
            var what = $"{activity.Name} – {children.GetValueOrDefault(booking.ChildId)} – {BookingFormat.Short(booking.Day)}";
            db.CreditMovements.Add(new CreditMovement
            {
                FamilyId = hold.FamilyId,
                UserId = hold.UserId,
                StructureId = activity.StructureId,
                Kind = kind,
                Amount = Money.Line(booking.Price.Value),
                BookingId = booking.Id,
                HoldId = hold.Id,
                Label = CreditLabels.Truncate(kind == CreditMovementKind.RefusedPaidDay ? $"Jour payé puis refusé : {what}" : $"Jour payé puis annulé à temps : {what}"),
                CreatedAt = now,
            });
        }
    }

    /// <summary>
    /// "Utiliser trop payé": inside the validation's transaction, under the account's locks of <paramref name="chosen"/>
    /// services (<c>WalletLocks</c>), each chosen service's trop payé pays what it can of its held days' prices. Returns
    /// what it paid; the card pays the rest. Two validations at once wait for the lock, and the second reads what the first
    /// left: the same euros are never spent twice.
    /// </summary>
    public async Task<decimal> UseAtBookingAsync(BookingHold hold, IReadOnlyList<Booking> held, IReadOnlyCollection<int> chosen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        ArgumentNullException.ThrowIfNull(held);
        if (chosen.Count == 0 || held.Count == 0)
        {
            return 0;
        }

        var activityIds = held.Select(b => b.ActivityId).Distinct().ToList();
        var structureOf = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.StructureId, cancellationToken);
        var due = held.GroupBy(b => structureOf[b.ActivityId]).Where(g => chosen.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Sum(b => b.Price ?? 0));
        if (due.Count == 0)
        {
            return 0;
        }

        var available = await reader.AvailableAsync(hold.FamilyId, hold.UserId, [.. due.Keys], cancellationToken);
        var used = 0m;
        foreach (var (structureId, amount) in due.OrderBy(d => d.Key))
        {
            var use = Usable(available[structureId], amount);
            if (use == 0)
            {
                continue;
            }

            db.CreditMovements.Add(new CreditMovement
            {
                FamilyId = hold.FamilyId,
                UserId = hold.UserId,
                StructureId = structureId,
                Kind = CreditMovementKind.UsedAtBooking,
                Amount = -use,
                HoldId = hold.Id,
                Label = CreditLabels.Truncate($"Utilisé pour : {hold.Objet}"),
                CreatedAt = now,
            });
            used += use;
        }

        return used;
    }

    /// <summary>Held days released (their card payment did not go through): the trop payé they used is given back, once.</summary>
    public async Task ReturnUseAsync(BookingHold hold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var movements = await db.CreditMovements.AsNoTracking()
            .Where(m => m.HoldId == hold.Id && (m.Kind == CreditMovementKind.UsedAtBooking || m.Kind == CreditMovementKind.UseReturned))
            .Select(m => new { m.StructureId, m.Amount }).ToListAsync(cancellationToken);
        foreach (var service in movements.GroupBy(m => m.StructureId))
        {
            var owed = -service.Sum(m => m.Amount);
            if (owed > 0)
            {
                db.CreditMovements.Add(new CreditMovement
                {
                    FamilyId = hold.FamilyId,
                    UserId = hold.UserId,
                    StructureId = service.Key,
                    Kind = CreditMovementKind.UseReturned,
                    Amount = owed,
                    HoldId = hold.Id,
                    Label = CreditLabels.Truncate($"Rendu, le paiement n'ayant pas abouti : {hold.Objet}"),
                    CreatedAt = now,
                });
            }
        }
    }

    /// <summary>What a trop payé of <paramref name="available"/> pays of <paramref name="due"/>: as much as it can, never below zero.</summary>
    public static decimal Usable(decimal available, decimal due) => Math.Max(0, Math.Min(available, due));

    /// <summary>
    /// A payment of held days that went through after they were released (the parent paid on PayFiP's page past its
    /// validity): nothing was booked, so all it paid is owed back, shared between the services of the released days.
    /// Once per payment.
    /// </summary>
    public async Task PaidAfterReleaseAsync(BookingHold hold, Guid paymentId, decimal amount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        if (await db.CreditMovements.AnyAsync(m => m.PaymentId == paymentId, cancellationToken))
        {
            return;
        }

        var shares = (await db.Bookings.AsNoTracking().Where(b => b.HoldId == hold.Id)
                .Join(db.Activities, b => b.ActivityId, a => a.Id, (b, a) => new { a.StructureId, b.Price }).ToListAsync(cancellationToken))
            .GroupBy(b => b.StructureId).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(b => b.Price ?? 0))).ToList();
        foreach (var (structureId, part) in CreditSplit.Of(amount, shares))
        {
            db.CreditMovements.Add(new CreditMovement
            {
                FamilyId = hold.FamilyId,
                UserId = hold.UserId,
                StructureId = structureId,
                Kind = CreditMovementKind.PaymentAfterRelease,
                Amount = part,
                HoldId = hold.Id,
                PaymentId = paymentId,
                Label = CreditLabels.Truncate($"Paiement reçu après la libération des jours : {hold.Objet}"),
                CreatedAt = now,
            });
        }
    }

    /// <summary>Whether a day paid at booking in <paramref name="state"/> is owed back, and why; null when it is not.</summary>
    public static CreditMovementKind? CreditFor(BookingState state, bool cancellationRefundable) => state switch
    {
        BookingState.Refusee => CreditMovementKind.RefusedPaidDay,
        BookingState.Annulee when cancellationRefundable => CreditMovementKind.CancelledPaidDay,
        _ => null,
    };
}
