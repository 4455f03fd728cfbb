using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>Reads the roll of an activity day: the children whose booking is accepted, then those marked present without booking.</summary>
internal sealed class AttendanceSheets(AppDbContext db, BookingPlanner planner)
{
    /// <summary>Accepted bookings; a cancellation not processed yet still holds the place.</summary>
    public static readonly BookingState[] Booked = [BookingState.Acceptee, BookingState.AnnulationNonTransmise];

    /// <summary>Null when the activity does not exist.</summary>
    public async Task<AttendanceSheet?> ReadAsync(int activityId, DateOnly day, CancellationToken cancellationToken)
    {
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity)
        {
            return null;
        }

        var structure = await db.Structures.Where(s => s.Id == activity.StructureId).Select(s => s.Name).SingleAsync(cancellationToken);
        var booked = await db.Bookings.AsNoTracking().Where(b => b.ActivityId == activityId && b.Day == day && Booked.Contains(b.State))
            .Select(b => new { b.ChildId, b.State }).ToListAsync(cancellationToken);
        var marks = await db.Attendances.AsNoTracking().Where(a => a.ActivityId == activityId && a.Day == day).ToDictionaryAsync(a => a.ChildId, a => a.Status, cancellationToken);
        var childIds = booked.Select(b => b.ChildId).Concat(marks.Keys).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var health = await ChildHealth.LoadAsync(db, childIds, cancellationToken);
        var rows = childIds.Select(id => new AttendanceRow(
                id,
                BookingMailText.ChildName(children[id].FirstName, children[id].LastName),
                booked.Any(b => b.ChildId == id),
                booked.Any(b => b.ChildId == id && b.State == BookingState.AnnulationNonTransmise),
                marks.TryGetValue(id, out var status) ? status : null,
                health.GetValueOrDefault(id, ChildHealth.None)))
            .OrderBy(r => r.Booked ? 0 : 1).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var year = BookingRules.SchoolYearOf(day);
        var addable = await db.Enrolments.AsNoTracking()
            .Where(e => e.StructureId == activity.StructureId && e.Campaign!.SchoolYear == year && !childIds.Contains(e.ChildId) && e.Child!.Family!.ClosedAt == null)
            .Select(e => e.Child!).Distinct().OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToListAsync(cancellationToken);
        var today = (await planner.ClockAsync(cancellationToken)).Today;
        return new AttendanceSheet(activity, structure, day, day <= today, rows, addable);
    }
}
