using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>Reads the times the admin set and puts the next one (processing or report) in the variable echeance.</summary>
[Activity("PlanifierTraitementReservations", "Planifier le traitement des réservations", "Réservations",
    Description = "Relit les heures du traitement de la nuit et du compte rendu (réglages de l'administrateur, heure de la commune) et met la prochaine dans la variable echeance.")]
[ActivityInput("Etape", "Étape à planifier (Traitement ou CompteRendu)", InputKinds.Text, Required = true)]
[ActivityOutcomes("Done")]
internal sealed class ScheduleBookingRunActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var settings = await context.Services.GetRequiredService<AppDbContext>().Set<BookingProcessingSettings>().AsNoTracking()
            .SingleOrDefaultAsync(context.CancellationToken) ?? new BookingProcessingSettings();
        var stage = context.GetRequiredText("Etape");
        var time = stage switch
        {
            BookingProcessingWorkflow.ProcessingStage => settings.NightlyRunAt,
            BookingProcessingWorkflow.ReportStage => settings.ReportAt,
            _ => throw new InvalidOperationException($"L'étape « {stage} » est inconnue : Traitement ou CompteRendu."),
        };
        var zone = context.Services.GetRequiredService<BookingPlanner>().Zone;
        var next = BookingProcessingSchedule.Next(time, context.TimeProvider.GetUtcNow(), zone);
        context.SetVariable("echeance", JsonValue.Create(next.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        return ActivityResult.Done;
    }
}
