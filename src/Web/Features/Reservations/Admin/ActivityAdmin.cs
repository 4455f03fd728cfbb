using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// Admins create and change the activities of each structure; every change goes to the audit log
/// in the same SaveChanges. The rules apply to the next ticks and validations; bookings already
/// recorded stay as they are.
/// </summary>
internal sealed class ActivityAdmin(AppDbContext db, SettingsAudit audit)
{
    public static string AuditSubject(string activity, string structure) => $"Activité « {activity} » ({structure})";

    public async Task<AdminFormResult> CreateAsync(int structureId, ActivityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken) is not { } structure)
        {
            return AdminFormResult.Refused("Choisissez la structure de l'activité.", "Structure");
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var activity = new BookableActivity { StructureId = structureId, Name = string.Empty };
        input.ApplyTo(activity);
        db.Activities.Add(activity);
        audit.Record(actor, AuditSubject(activity.Name, structure.Name),
            "Activité créée : " + string.Join(" ; ", ActivityFacts.Of(activity).Skip(1).Select(f => $"{f.Label} : {f.Value}")) + ".");
        return await SaveAsync(activity, structureId, cancellationToken);
    }

    /// <summary>Null when the activity does not exist.</summary>
    public async Task<AdminFormResult?> UpdateAsync(int activityId, ActivityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is not { } activity)
        {
            return null;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var before = ActivityFacts.Of(activity);
        input.ApplyTo(activity);
        var changes = ActivityFacts.Changes(before, activity);
        if (changes.Count == 0)
        {
            return new AdminFormResult(activity.Id, []);
        }

        var structure = await db.Structures.AsNoTracking().Where(s => s.Id == activity.StructureId).Select(s => s.Name).SingleAsync(cancellationToken);
        audit.Record(actor, AuditSubject(activity.Name, structure), string.Join(" ; ", changes) + ".");
        return await SaveAsync(activity, activity.StructureId, cancellationToken);
    }

    private async Task<AdminFormResult> SaveAsync(BookableActivity activity, int structureId, CancellationToken cancellationToken)
    {
        var name = activity.Name;
        if (await db.Activities.AnyAsync(a => a.StructureId == structureId && a.Name == name && a.Id != activity.Id, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return Duplicate(name);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin gave the same name in the same structure at the same moment (unique index).
            db.ChangeTracker.Clear();
            return Duplicate(name);
        }

        return new AdminFormResult(activity.Id, []);
    }

    private static AdminFormResult Duplicate(string name) =>
        AdminFormResult.Refused($"Une activité « {name} » existe déjà dans cette structure : choisissez un autre nom.", nameof(ActivityInput.Name));
}
