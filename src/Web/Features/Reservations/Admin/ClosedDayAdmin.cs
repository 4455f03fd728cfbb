using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// Admins close a day for every activity or for one; parents then see it "Fermé" with its motif.
/// Bookings already recorded that day are not cancelled: the page says how many there are. Audited.
/// </summary>
internal sealed class ClosedDayAdmin(AppDbContext db, SettingsAudit audit)
{
    public const string AuditSubject = "Jours fermés";

    /// <summary>The outcome, and how many active bookings the newly closed day already has.</summary>
    public async Task<(AdminFormResult Result, int Bookings)> AddAsync(ClosedDayInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return (AdminFormResult.Refused(errors), 0);
        }

        var day = input.Day!.Value;
        string? activityName = null;
        if (input.ActivityId is { } activityId
            && (activityName = await db.Activities.Where(a => a.Id == activityId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken)) is null)
        {
            return (AdminFormResult.Refused("Choisissez une activité de la liste.", nameof(ClosedDayInput.ActivityId)), 0);
        }

        if (await db.ClosedDays.AnyAsync(c => c.Day == day && (c.ActivityId == null || c.ActivityId == input.ActivityId), cancellationToken))
        {
            return (AdminFormResult.Refused($"Le {BookingFormat.Long(day)} est déjà fermé{(activityName is null ? string.Empty : " pour " + activityName)}.", nameof(ClosedDayInput.Day)), 0);
        }

        var closed = new ClosedDay { Day = day, Label = input.Label!.Trim(), ActivityId = input.ActivityId };
        db.ClosedDays.Add(closed);
        audit.Record(actor, AuditSubject, $"Fermé : {Describe(closed, activityName)}.");
        await db.SaveChangesAsync(cancellationToken);
        var bookings = await db.Bookings.CountAsync(b => b.Day == day && b.State != BookingState.Annulee && b.State != BookingState.Refusee && (input.ActivityId == null || b.ActivityId == input.ActivityId), cancellationToken);
        return (new AdminFormResult(closed.Id, []), bookings);
    }

    public async Task<string?> RemoveAsync(int closedDayId, string actor, CancellationToken cancellationToken)
    {
        if (await db.ClosedDays.SingleOrDefaultAsync(c => c.Id == closedDayId, cancellationToken) is not { } closed)
        {
            return "Ce jour n'est plus fermé.";
        }

        var activityName = closed.ActivityId is { } id ? await db.Activities.Where(a => a.Id == id).Select(a => a.Name).SingleAsync(cancellationToken) : null;
        db.ClosedDays.Remove(closed);
        audit.Record(actor, AuditSubject, $"Rouvert : {Describe(closed, activityName)}.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string Describe(ClosedDay closed, string? activityName) =>
        $"{BookingFormat.Long(closed.Day)} ({closed.Label}), {activityName ?? "toutes les activités"}";
}
