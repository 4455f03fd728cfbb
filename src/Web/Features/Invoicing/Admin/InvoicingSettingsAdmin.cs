using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Admin;

/// <summary>
/// The day and time of the monthly invoicing, the payment delay, the reminders and when an unpaid invoice makes its account
/// a debtor (<see cref="Debtors.DebtorAccounts"/>), changed by an admin and audited; the
/// waiting "Facturation mensuelle" and "Relance des factures impayées" are woken to plan again in the same transaction
/// (one <see cref="IWorkflowStep"/>): the new settings, their audit entry and the workflows' new plans commit together.
/// </summary>
internal sealed class InvoicingSettingsAdmin(AppDbContext db, SettingsAudit audit, IWorkflowStep workflows)
{
    public const string AuditSubject = "Facturation mensuelle";

    public async Task<InvoicingSettings> ReadAsync(CancellationToken cancellationToken) =>
        await db.InvoicingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new InvoicingSettings();

    /// <summary>Returns a French error, or null once saved.</summary>
    public async Task<string?> UpdateAsync(InvoicingSettingsInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Number(input.Jour, 1, 28) is not { } day)
        {
            return "Indiquez le jour de la facturation : un nombre de 1 à 28 (tous les mois ont ce jour).";
        }

        if (Time(input.Heure) is not { } runAt || Time(input.HeureRelance) is not { } reminderAt)
        {
            return "Indiquez les heures au format HH:MM (par exemple 06:00).";
        }

        if (Number(input.Delai, 1, 120) is not { } paymentDays)
        {
            return "Indiquez le délai de paiement : un nombre de jours de 1 à 120.";
        }

        if (Number(input.Relance, 0, 90) is not { } reminderDays)
        {
            return "Indiquez quand relancer une facture impayée : un nombre de jours après l'échéance, de 0 à 90.";
        }

        if (Number(input.Debiteur, 0, 365) is not { } debtorDays)
        {
            return "Indiquez quand une famille devient débitrice : un nombre de jours après l'échéance d'une facture impayée, de 0 à 365.";
        }

        var settings = await db.InvoicingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new InvoicingSettings();
            db.InvoicingSettings.Add(settings);
        }

        var changes = new List<string>();
        void Change<T>(string label, T before, T after, Action<T> set, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add($"{label} : {show(before)} → {show(after)}");
                set(after);
            }
        }

        Change("Jour de la facturation", settings.DayOfMonth, day, v => settings.DayOfMonth = v, v => v.ToString(CultureInfo.InvariantCulture));
        Change("Heure de la facturation", settings.RunAt, runAt, v => settings.RunAt = v, Show);
        Change("Délai de paiement", settings.PaymentDays, paymentDays, v => settings.PaymentDays = v, v => $"{v} jour(s)");
        Change("Relance après l'échéance", settings.ReminderDaysAfterDue, reminderDays, v => settings.ReminderDaysAfterDue = v, v => $"{v} jour(s)");
        Change("Heure des relances", settings.ReminderAt, reminderAt, v => settings.ReminderAt = v, Show);
        Change("Débiteur après l'échéance", settings.DebtorDaysAfterDue, debtorDays, v => settings.DebtorDaysAfterDue = v, v => $"{v} jour(s)");
        if (changes.Count > 0)
        {
            var description = string.Join(" ; ", changes);
            audit.Record(actor, AuditSubject, description + ".");
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                // A payload, so that each workflow tells the admin's change from the end of its wait (null).
                await workflows.SendSignalAsync(InvoicingWorkflow.SettingsChangedSignal, InvoicingWorkflow.Correlation, new JsonObject { ["changements"] = description }, cancellationToken);
                await workflows.SendSignalAsync(InvoicingWorkflow.SettingsChangedSignal, InvoiceReminderWorkflow.Correlation, new JsonObject { ["changements"] = description }, cancellationToken);
            }, cancellationToken);
        }

        return null;
    }

    private static string Show(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static int? Number(string? value, int min, int max) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number : null;

    private static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
