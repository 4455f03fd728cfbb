using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Applies <see cref="DayProcessing"/> to days of activities inside the caller's transaction: locks
/// the days (in order), reads what is committed once the locks are held, processes every request
/// of those days still "Non transmise" in arrival order, records the promotions with their emails,
/// and saves. The immediate mode calls it from the parent's validation, the nightly run for each
/// batch of days: the same rules, the same locks. Of the days' places only the counts are read, and
/// the front of a waiting list only as far as it could be promoted, so that the locks are held for a
/// few short queries whatever the length of the waiting lists.
/// </summary>
internal sealed class BookingProcessor(AppDbContext db, ActivityDayLocks locks, BookingPlanner planner, WaitingListPromotions promotions, WalletLedger wallets)
{
    private static readonly BookingState[] Placed = [BookingState.Acceptee, BookingState.AnnulationNonTransmise, BookingState.EnAttentePaiement, BookingState.ListeAttente];

    /// <summary>
    /// Returns how many requests were processed; places freed meanwhile (a refusal, a raised capacity) promote the waiting
    /// list even when none is. The rows of the days must exist (<see cref="ActivityDayLocks.EnsureAsync"/>).
    /// </summary>
    public Task<int> ProcessAsync(IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken) =>
        ProcessAsync(days, pendingOnly: false, cancellationToken);

    /// <summary>
    /// The same when requests were recorded: ends as soon as none of these days is pending any more (another validation's
    /// processing took them while this one waited for the locks), so that the queue behind the locks moves fast.
    /// </summary>
    public Task<int> ProcessPendingAsync(IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken) =>
        ProcessAsync(days, pendingOnly: true, cancellationToken);

    private async Task<int> ProcessAsync(IReadOnlyCollection<ActivityDayKey> days, bool pendingOnly, CancellationToken cancellationToken)
    {
        var keys = days.Distinct().Order().ToList();
        if (keys.Count == 0)
        {
            return 0;
        }

        var wanted = keys.ToHashSet();
        var activityIds = keys.Select(k => k.ActivityId).Distinct().ToList();
        var from = keys.Min(k => k.Day);
        var to = keys.Max(k => k.Day);
        await locks.LockAsync(keys, cancellationToken);
        var requests = (await db.BookingRequests.Include(r => r.Booking)
                .Where(r => r.ProcessedAt == null && activityIds.Contains(r.Booking!.ActivityId) && r.Booking.Day >= from && r.Booking.Day <= to)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => wanted.Contains(KeyOf(r.Booking!))).ToList();
        if (pendingOnly && requests.Count == 0)
        {
            return 0;
        }

        var clock = await planner.ClockAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var capacities = await db.ActivityDays.AsNoTracking().Where(d => activityIds.Contains(d.ActivityId) && d.Day >= from && d.Day <= to && d.Capacity != null)
            .ToDictionaryAsync(d => new ActivityDayKey(d.ActivityId, d.Day), d => d.Capacity!.Value, cancellationToken);
        var counts = (await db.Bookings.Where(b => activityIds.Contains(b.ActivityId) && b.Day >= from && b.Day <= to && Placed.Contains(b.State))
                .GroupBy(b => new { b.ActivityId, b.Day, Waiting = b.State == BookingState.ListeAttente })
                .Select(g => new { g.Key.ActivityId, g.Key.Day, g.Key.Waiting, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => (new ActivityDayKey(c.ActivityId, c.Day), c.Waiting), c => c.Count);
        var eligibility = await ChildEligibility.LoadAsync(db, requests.Select(r => r.Booking!.ChildId), cancellationToken);
        var promoted = new List<Booking>();
        var byDay = requests.ToLookup(r => KeyOf(r.Booking!));
        foreach (var day in keys)
        {
            var activity = activities[day.ActivityId];
            var capacity = capacities.TryGetValue(day, out var own) ? own : activity.CapacityPerDay;
            var accepted = counts.GetValueOrDefault((day, false));
            var waiting = counts.GetValueOrDefault((day, true));
            var front = Math.Min(waiting, DayProcessing.MaxPromotions(capacity, accepted, byDay[day]));
            var processing = new DayProcessing(activity, day.Day, capacity, clock);
            processing.Apply(new DayPlaces(accepted, front == 0 ? [] : await WaitingFrontAsync(day, front, cancellationToken), waiting), [.. byDay[day]], b => eligibility.NotEligible(activity, b));
            promoted.AddRange(processing.Promoted);
        }

        await promotions.RecordAsync(promoted, null, clock.Now, cancellationToken);
        // Accepted days of activities paid by porte-monnaie are debited, processed cancellations credited back, in the same commit.
        await wallets.SettleAsync(requests.Select(r => r.Booking!).Concat(promoted), clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return requests.Count;
    }

    private Task<List<Booking>> WaitingFrontAsync(ActivityDayKey day, int count, CancellationToken cancellationToken) =>
        db.Bookings.Where(b => b.ActivityId == day.ActivityId && b.Day == day.Day && b.State == BookingState.ListeAttente)
            .OrderBy(b => b.WaitingSince).ThenBy(b => b.Id).Take(count).ToListAsync(cancellationToken);

    private static ActivityDayKey KeyOf(Booking booking) => new(booking.ActivityId, booking.Day);
}
