using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>Reads the admin's invoicing settings and puts the next monthly run, or the next daily reminder time, in the variable echeance.</summary>
[Activity("PlanifierFacturation", "Planifier la facturation", "Facturation",
    Description = "Relit les réglages de la facturation (jour du mois et heure de la facturation, heure des relances ; heure de la commune) et met la prochaine échéance de l'étape dans la variable echeance.")]
[ActivityInput("Etape", "Étape à planifier (Facturation ou Relance)", InputKinds.Text, Required = true)]
[ActivityOutcomes("Done")]
internal sealed class ScheduleInvoicingActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var settings = await context.Services.GetRequiredService<AppDbContext>().InvoicingSettings.AsNoTracking()
            .SingleOrDefaultAsync(context.CancellationToken) ?? new InvoicingSettings();
        var zone = context.Services.GetRequiredService<IOptions<CampaignOptions>>().Value.Zone;
        var now = context.TimeProvider.GetUtcNow();
        var stage = context.GetRequiredText("Etape");
        var next = stage switch
        {
            InvoicingWorkflow.RunStage => InvoicingSchedule.NextMonthly(settings.DayOfMonth, settings.RunAt, now, zone),
            InvoiceReminderWorkflow.ReminderStage => BookingProcessingSchedule.Next(settings.ReminderAt, now, zone),
            _ => throw new InvalidOperationException($"L'étape « {stage} » est inconnue : Facturation ou Relance."),
        };
        context.SetVariable("echeance", JsonValue.Create(next.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        return ActivityResult.Done;
    }
}
