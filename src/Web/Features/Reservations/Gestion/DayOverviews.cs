using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>Reads an activity's days for the gestionnaire: one day with its children, or a week of counts.</summary>
internal sealed class DayOverviews(AppDbContext db, BookingPlanner planner)
{
    private static readonly BookingState[] Listed = [BookingState.NonTransmise, BookingState.Acceptee, BookingState.AnnulationNonTransmise, BookingState.ListeAttente];

    /// <summary>Null when the activity does not exist.</summary>
    public async Task<DayOverview?> DayAsync(int activityId, DateOnly day, CancellationToken cancellationToken)
    {
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity)
        {
            return null;
        }

        var structure = await db.Structures.Where(s => s.Id == activity.StructureId).Select(s => s.Name).SingleAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.ActivityId == activityId && b.Day == day && Listed.Contains(b.State))
            .Join(db.Children, b => b.ChildId, c => c.Id, (b, c) => new { b.Id, b.ChildId, b.State, b.WaitingSince, c.FirstName, c.LastName })
            .ToListAsync(cancellationToken);
        var childIds = bookings.Select(b => b.ChildId).ToList();
        var health = await ChildHealth.LoadAsync(db, childIds, cancellationToken);
        var marks = await db.Attendances.AsNoTracking().Where(a => a.ActivityId == activityId && a.Day == day).ToDictionaryAsync(a => a.ChildId, a => a.Status, cancellationToken);
        var positions = bookings.Where(b => b.State == BookingState.ListeAttente).OrderBy(b => b.WaitingSince).Select((b, i) => (b.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        var rows = bookings.Select(b => new DayBookingRow(b.Id, b.ChildId, BookingMailText.ChildName(b.FirstName, b.LastName), b.State,
                positions.TryGetValue(b.Id, out var position) ? position : null, health.GetValueOrDefault(b.ChildId, ChildHealth.None), marks.TryGetValue(b.ChildId, out var mark) ? mark : null))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var own = await db.ActivityDays.AsNoTracking().Where(d => d.ActivityId == activityId && d.Day == day).Select(d => d.Capacity).SingleOrDefaultAsync(cancellationToken);
        var clock = await planner.ClockAsync(cancellationToken);
        return new DayOverview(activity, structure, day, own ?? activity.CapacityPerDay, BookingRules.NotRunning(activity, day, clock), rows);
    }

    /// <summary>The seven days from <paramref name="monday"/> the activity runs (or that have bookings).</summary>
    public async Task<IReadOnlyList<DaySummary>> WeekAsync(BookableActivity activity, DateOnly monday, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var sunday = monday.AddDays(6);
        var counts = await db.Bookings.AsNoTracking().Where(b => b.ActivityId == activity.Id && b.Day >= monday && b.Day <= sunday && Listed.Contains(b.State))
            .GroupBy(b => new { b.Day, b.State }).Select(g => new { g.Key.Day, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var capacities = await db.ActivityDays.AsNoTracking().Where(d => d.ActivityId == activity.Id && d.Day >= monday && d.Day <= sunday && d.Capacity != null)
            .ToDictionaryAsync(d => d.Day, d => d.Capacity!.Value, cancellationToken);
        var clock = await planner.ClockAsync(cancellationToken);
        int Count(DateOnly day, params BookingState[] states) => counts.Where(c => c.Day == day && states.Contains(c.State)).Sum(c => c.Count);
        return [.. Enumerable.Range(0, 7).Select(monday.AddDays)
            .Where(d => activity.Weekdays.Contains(d.DayOfWeek) || counts.Any(c => c.Day == d))
            .Select(d => new DaySummary(d, capacities.GetValueOrDefault(d, activity.CapacityPerDay),
                Count(d, BookingState.Acceptee, BookingState.AnnulationNonTransmise), Count(d, BookingState.ListeAttente), Count(d, BookingState.NonTransmise),
                BookingRules.NotRunning(activity, d, clock)))];
    }
}
