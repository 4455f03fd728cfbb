using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The nightly processing, in slices: the days holding the oldest requests still "Non transmise"
/// first, each day of an activity processed and committed in a transaction of its own (its lock,
/// its requests, its promotions and their emails). A crash loses at most the day being processed,
/// which the next slice takes again; a processed request is never taken twice (it is no longer
/// "Non transmise" once its day's transaction commits).
/// </summary>
internal sealed class NightlyBookingRun(AppDbContext db, IServiceScopeFactory scopes, TimeProvider time)
{
    private const int DaysPerQuery = 50;

    /// <summary>The arrival number the night's run stops at: requests validated later wait for the next night.</summary>
    public async Task<long> CutoffAsync(CancellationToken cancellationToken) =>
        await db.BookingRequests.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    /// <summary>Processes days until none is left up to <paramref name="cutoff"/> (true) or <paramref name="budget"/> is spent (false).</summary>
    public async Task<(int Processed, bool Finished)> ProcessAsync(long cutoff, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var processed = 0;
        while (true)
        {
            var days = await db.BookingRequests.AsNoTracking().Where(r => r.ProcessedAt == null && r.Id <= cutoff)
                .Join(db.Bookings, r => r.BookingId, b => b.Id, (r, b) => new { r.Id, b.ActivityId, b.Day })
                .GroupBy(x => new { x.ActivityId, x.Day })
                .Select(g => new { g.Key.ActivityId, g.Key.Day, First = g.Min(x => x.Id) })
                .OrderBy(g => g.First).Take(DaysPerQuery).ToListAsync(cancellationToken);
            if (days.Count == 0)
            {
                return (processed, true);
            }

            foreach (var day in days)
            {
                processed += await ProcessDayAsync(new ActivityDayKey(day.ActivityId, day.Day), cancellationToken);
                if (time.GetElapsedTime(started) >= budget)
                {
                    return (processed, false);
                }
            }
        }
    }

    private async Task<int> ProcessDayAsync(ActivityDayKey day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ActivityDayLocks>().EnsureAsync([day], cancellationToken);
        var processed = 0;
        await services.GetRequiredService<AppDbContext>().InTransactionAsync(
            async () => processed = await services.GetRequiredService<BookingProcessor>().ProcessAsync([day], cancellationToken),
            cancellationToken);
        return processed;
    }
}
