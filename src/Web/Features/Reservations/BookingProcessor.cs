using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Applies <see cref="DayProcessing"/> to days of activities inside the caller's transaction: locks
/// the days (in order), reads what is committed once the locks are held, processes every request
/// of those days still "Non transmise" in arrival order, records the promotions with their emails,
/// and saves. The immediate mode calls it from the parent's validation, the nightly run for each
/// batch of days: the same rules, the same locks.
/// </summary>
internal sealed class BookingProcessor(AppDbContext db, ActivityDayLocks locks, BookingPlanner planner, WaitingListPromotions promotions)
{
    private static readonly BookingState[] Placed = [BookingState.Acceptee, BookingState.AnnulationNonTransmise, BookingState.ListeAttente];

    /// <summary>Returns how many requests were processed. The rows of the days must exist (<see cref="ActivityDayLocks.EnsureAsync"/>).</summary>
    public async Task<int> ProcessAsync(IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken)
    {
        var keys = days.Distinct().Order().ToList();
        if (keys.Count == 0)
        {
            return 0;
        }

        await locks.LockAsync(keys, cancellationToken);
        var wanted = keys.ToHashSet();
        var activityIds = keys.Select(k => k.ActivityId).Distinct().ToList();
        var from = keys.Min(k => k.Day);
        var to = keys.Max(k => k.Day);
        var clock = await planner.ClockAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var capacities = await db.ActivityDays.AsNoTracking().Where(d => activityIds.Contains(d.ActivityId) && d.Day >= from && d.Day <= to && d.Capacity != null)
            .ToDictionaryAsync(d => new ActivityDayKey(d.ActivityId, d.Day), d => d.Capacity!.Value, cancellationToken);
        var requests = (await db.BookingRequests.Include(r => r.Booking)
                .Where(r => r.ProcessedAt == null && activityIds.Contains(r.Booking!.ActivityId) && r.Booking.Day >= from && r.Booking.Day <= to)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => wanted.Contains(KeyOf(r.Booking!))).ToList();
        var placed = (await db.Bookings.Where(b => activityIds.Contains(b.ActivityId) && b.Day >= from && b.Day <= to && Placed.Contains(b.State)).ToListAsync(cancellationToken))
            .Where(b => wanted.Contains(KeyOf(b))).ToLookup(KeyOf);
        var eligibility = await ChildEligibility.LoadAsync(db, requests.Select(r => r.Booking!.ChildId), cancellationToken);
        var promoted = new List<Booking>();
        var byDay = requests.ToLookup(r => KeyOf(r.Booking!));
        foreach (var day in keys)
        {
            var activity = activities[day.ActivityId];
            var processing = new DayProcessing(activity, day.Day, capacities.TryGetValue(day, out var capacity) ? capacity : activity.CapacityPerDay, clock);
            processing.Apply(placed[day], [.. byDay[day]], b => eligibility.NotEligible(activity, b));
            promoted.AddRange(processing.Promoted);
        }

        await promotions.RecordAsync(promoted, null, clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return requests.Count;
    }

    private static ActivityDayKey KeyOf(Booking booking) => new(booking.ActivityId, booking.Day);
}
