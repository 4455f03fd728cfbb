using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>Reads the retention settings (defaults until an admin saves them) and saves an admin's change with its audit entry.</summary>
internal sealed class RetentionAdmin(AppDbContext db, SettingsAudit audit)
{
    public const string AuditSubject = "Conservation des données (RGPD)";

    public async Task<RetentionSettings> ReadAsync(CancellationToken cancellationToken) =>
        await db.Set<RetentionSettings>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new RetentionSettings();

    /// <summary>Returns a French error, or null once the change and its audit entry are saved.</summary>
    public async Task<string?> UpdateAsync(RetentionInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (new[] { input.PiecesMonths, input.DraftsMonths, input.AccessLogMonths, input.SignatureMonths, input.EmailMonths }.Any(m => m is null or < 0 or > RetentionSettings.MaxMonths))
        {
            return $"Indiquez chaque durée en mois, de 0 à {RetentionSettings.MaxMonths}.";
        }

        var contact = string.IsNullOrWhiteSpace(input.DpoContact) ? null : input.DpoContact.Trim();
        if (contact?.Length > 500)
        {
            return "Le contact du délégué à la protection des données fait 500 caractères au plus.";
        }

        var settings = await db.Set<RetentionSettings>().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new RetentionSettings();
            db.Set<RetentionSettings>().Add(settings);
        }

        var changes = new List<string>();
        Change("Pièces justificatives", settings.PiecesMonths, input.PiecesMonths!.Value, v => settings.PiecesMonths = v, changes);
        Change("Fiches jamais transmises", settings.DraftsMonths, input.DraftsMonths!.Value, v => settings.DraftsMonths = v, changes);
        Change("Journal des consultations", settings.AccessLogMonths, input.AccessLogMonths!.Value, v => settings.AccessLogMonths = v, changes);
        Change("Preuves de signature des règlements", settings.SignatureMonths, input.SignatureMonths!.Value, v => settings.SignatureMonths = v, changes);
        Change("Emails envoyés", settings.EmailMonths, input.EmailMonths!.Value, v => settings.EmailMonths = v, changes);
        if (settings.DpoContact != contact)
        {
            changes.Add($"Contact du délégué à la protection des données : {Quoted(settings.DpoContact)} → {Quoted(contact)}");
            settings.DpoContact = contact;
        }

        if (changes.Count > 0)
        {
            audit.Record(actor, AuditSubject, string.Join(" ; ", changes) + ".");
            await db.SaveChangesAsync(cancellationToken);
        }

        return null;
    }

    private static string Quoted(string? text) => text is null ? "(vide)" : $"« {text} »";

    private static void Change(string label, int before, int after, Action<int> set, List<string> changes)
    {
        if (before != after)
        {
            changes.Add($"{label} : {before} → {after} mois");
            set(after);
        }
    }
}
