using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Announcements;

/// <summary>
/// Staff write, change and delete the announcements parents read on their home page. Days are the commune's: an
/// announcement shows from the start of its publication day to the end of its last day. Each change is audited.
/// </summary>
internal sealed class AnnouncementAdmin(AppDbContext db, SettingsAudit audit, CommuneTime dates)
{
    public const string AuditSubject = "Actualités";

    /// <summary>The errors tied to their fields, or none once saved (a new one when <paramref name="id"/> is null).</summary>
    public async Task<IReadOnlyList<ValidationResult>> SaveAsync(int? id, AnnouncementInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true);
        if (input.PublishOn is { } from && input.EndOn is { } to && to < from)
        {
            errors.Add(new ValidationResult("La date de fin est le jour de publication ou après.", [nameof(AnnouncementInput.EndOn)]));
        }

        string? structureName = null;
        if (input.StructureId is { } structureId
            && (structureName = await db.Structures.Where(s => s.Id == structureId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)) is null)
        {
            errors.Add(new ValidationResult("Choisissez une structure de la liste.", [nameof(AnnouncementInput.StructureId)]));
        }

        var announcement = id is { } existing ? await db.Announcements.SingleOrDefaultAsync(a => a.Id == existing, cancellationToken) : null;
        if (id is not null && announcement is null)
        {
            errors.Add(new ValidationResult("Cette actualité a été supprimée entre-temps.", []));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var title = input.Title!.Trim();
        if (announcement is null)
        {
            announcement = new Announcement { Title = title, Body = input.Body!.Trim() };
            db.Announcements.Add(announcement);
        }

        announcement.Title = title;
        announcement.Body = input.Body!.Trim();
        announcement.StructureId = input.StructureId;
        announcement.PublishedAt = dates.StartOf(input.PublishOn!.Value);
        announcement.EndsAt = input.EndOn is { } last ? dates.StartOf(last.AddDays(1)) : null;
        audit.Record(actor, AuditSubject, $"{(id is null ? "Publiée" : "Modifiée")} : « {title} », {structureName ?? "toute la commune"}, {Period(input.PublishOn.Value, input.EndOn)}.");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<bool> DeleteAsync(int id, string actor, CancellationToken cancellationToken)
    {
        if (await db.Announcements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } announcement)
        {
            return false;
        }

        db.Announcements.Remove(announcement);
        audit.Record(actor, AuditSubject, $"Supprimée : « {announcement.Title} ».");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Period(DateOnly from, DateOnly? to) =>
        to is { } last ? $"du {Format(from)} au {Format(last)}" : $"à partir du {Format(from)}";

    private static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
