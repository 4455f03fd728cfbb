using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>
/// Marks a child on the roll (pointage). Présent, absent and absence justifiée need an accepted
/// booking; a child enrolled in the structure may be marked present without booking (a booked child
/// so marked is simply present). Each change is written to the audit log in the same SaveChanges;
/// two staff marking the same child at once meet on the unique row, the later tap wins.
/// </summary>
internal sealed class AttendanceRegister(AppDbContext db, BookingPlanner planner, SettingsAudit audit, TimeProvider time)
{
    private const int Attempts = 3;

    /// <param name="status">Null removes the mark (a child added by mistake).</param>
    /// <returns>The French reason it was refused, or null once recorded.</returns>
    public async Task<string?> MarkAsync(int activityId, DateOnly day, int childId, AttendanceStatus? status, string actor, CancellationToken cancellationToken)
    {
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity
            || await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken) is not { } child)
        {
            return "Cet enfant ou cette activité n'existe pas.";
        }

        if (day > (await planner.ClockAsync(cancellationToken)).Today)
        {
            return "Un jour à venir ne se pointe pas encore.";
        }

        var name = BookingMailText.ChildName(child.FirstName, child.LastName);
        var booked = await db.Bookings.AnyAsync(b => b.ChildId == childId && b.ActivityId == activityId && b.Day == day && AttendanceSheets.Booked.Contains(b.State), cancellationToken);
        if (status is AttendanceStatus.PresentSansReservation && booked)
        {
            status = AttendanceStatus.Present;
        }

        if ((status is AttendanceStatus.Present or AttendanceStatus.Absent or AttendanceStatus.AbsenceJustifiee) && !booked)
        {
            return $"{name} n'a pas de réservation acceptée ce jour : ajoutez l'enfant comme présent sans réservation.";
        }

        var year = BookingRules.SchoolYearOf(day);
        if (status is AttendanceStatus.PresentSansReservation
            && !await db.Enrolments.AnyAsync(e => e.ChildId == childId && e.StructureId == activity.StructureId && e.Campaign!.SchoolYear == year, cancellationToken))
        {
            return $"{name} n'est pas inscrit(e) dans cette structure pour l'année {year}.";
        }

        var structure = await db.Structures.Where(s => s.Id == activity.StructureId).Select(s => s.Name).SingleAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var row = await db.Attendances.SingleOrDefaultAsync(a => a.ChildId == childId && a.ActivityId == activityId && a.Day == day, cancellationToken);
            if (row?.Status == status)
            {
                return null;
            }

            audit.Record(actor, $"Pointage « {activity.Name} » ({structure})",
                $"{BookingFormat.Long(day)} : {name} : {AttendanceLabels.Of(row?.Status)} → {AttendanceLabels.Of(status)}.");
            Apply(row, status, child.FamilyId, activityId, day, childId, actor);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private void Apply(Attendance? row, AttendanceStatus? status, int familyId, int activityId, DateOnly day, int childId, string actor)
    {
        if (status is not { } marked)
        {
            db.Attendances.Remove(row!);
            return;
        }

        row ??= db.Attendances.Add(new Attendance { ActivityId = activityId, Day = day, ChildId = childId, FamilyId = familyId, MarkedBy = actor }).Entity;
        row.Status = marked;
        row.MarkedBy = actor;
        row.MarkedAt = time.GetUtcNow();
    }
}
