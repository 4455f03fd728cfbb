using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// The times of the nightly processing and of the next-morning reports (commune time), changed by
/// an admin and audited; the waiting "Traitement des réservations" is woken to plan again in the
/// same transaction (one <see cref="IWorkflowStep"/>): the new times, their audit entry and the
/// workflow's new plan commit together or not at all.
/// </summary>
internal sealed class ProcessingSettingsAdmin(AppDbContext db, SettingsAudit audit, IWorkflowStep workflows)
{
    public const string AuditSubject = "Traitement des réservations";

    public async Task<BookingProcessingSettings> ReadAsync(CancellationToken cancellationToken) =>
        await db.Set<BookingProcessingSettings>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new BookingProcessingSettings();

    /// <summary>Returns a French error, or null once saved.</summary>
    public async Task<string?> UpdateAsync(string? nightlyRunAt, string? reportAt, string actor, CancellationToken cancellationToken)
    {
        if (Parse(nightlyRunAt) is not { } nightly || Parse(reportAt) is not { } report)
        {
            return "Indiquez les deux heures au format HH:MM (par exemple 01:00 et 07:00).";
        }

        var settings = await db.Set<BookingProcessingSettings>().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new BookingProcessingSettings();
            db.Set<BookingProcessingSettings>().Add(settings);
        }

        var changes = new List<string>();
        if (settings.NightlyRunAt != nightly)
        {
            changes.Add($"Heure du traitement de la nuit : {settings.NightlyRunAt:HH\\:mm} → {nightly:HH\\:mm}");
            settings.NightlyRunAt = nightly;
        }

        if (settings.ReportAt != report)
        {
            changes.Add($"Heure des comptes rendus : {settings.ReportAt:HH\\:mm} → {report:HH\\:mm}");
            settings.ReportAt = report;
        }

        if (changes.Count > 0)
        {
            audit.Record(actor, AuditSubject, string.Join(" ; ", changes) + ".");
            // The workflow plans from the saved row: saved first, in the transaction the step commits.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                // A payload, so that the workflow tells the admin's change from the end of its wait (null).
                await workflows.SendSignalAsync(BookingProcessingWorkflow.SettingsChangedSignal, BookingProcessingWorkflow.Correlation, new JsonObject { ["changements"] = string.Join(" ; ", changes) }, cancellationToken);
            }, cancellationToken);
        }

        return null;
    }

    private static TimeOnly? Parse(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
