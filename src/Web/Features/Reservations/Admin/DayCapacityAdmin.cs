using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// Admins give one day of an activity its own capacity. The change is made under that day's lock
/// (<see cref="ActivityDayLocks"/>), so a processing of the same day sees the old capacity or the new
/// one, never half; accepted bookings are never displaced, and the day is processed in the same
/// transaction, so that added places go to the waiting list at once, in its order, with their
/// promotion emails. Audited in the same transaction. Admins and gestionnaires use it.
/// </summary>
internal sealed class DayCapacityAdmin(AppDbContext db, ActivityDayLocks locks, BookingProcessor processor, SettingsAudit audit)
{
    /// <summary>Null when the activity does not exist.</summary>
    public async Task<AdminFormResult?> SetAsync(int activityId, DayCapacityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity)
        {
            return null;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var key = new ActivityDayKey(activityId, input.Day!.Value);
        await locks.EnsureAsync([key], cancellationToken);
        var structure = await db.Structures.Where(s => s.Id == activity.StructureId).Select(s => s.Name).SingleAsync(cancellationToken);
        await db.InTransactionAsync(async () =>
        {
            await locks.LockAsync([key], cancellationToken);
            var row = await db.ActivityDays.SingleAsync(d => d.ActivityId == key.ActivityId && d.Day == key.Day, cancellationToken);
            if (row.Capacity != input.Capacity)
            {
                audit.Record(actor, ActivityAdmin.AuditSubject(activity.Name, structure),
                    $"Capacité du {BookingFormat.Long(key.Day)} : {Describe(row.Capacity, activity)} → {Describe(input.Capacity, activity)}.");
                row.Capacity = input.Capacity;
                await db.SaveChangesAsync(cancellationToken);
                await processor.ProcessAsync([key], cancellationToken);
            }
        }, cancellationToken);
        return new AdminFormResult(activityId, []);
    }

    private static string Describe(int? capacity, BookableActivity activity) =>
        capacity is { } own ? $"{own} enfant(s)" : $"habituelle ({activity.CapacityPerDay} enfant(s))";
}
