using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One slice of the nightly processing (see <see cref="NightlyBookingRun"/>): "Suite" while requests
/// validated before the run's start remain "Non transmise", "Termine" when none is left. Each day it
/// processes is committed on its own, so a step that dies in the middle is simply taken again.
/// </summary>
[Activity("TraiterReservations", "Traiter les demandes de réservation", "Réservations",
    Description = "Traite les demandes « Non transmise » arrivées avant le début du traitement, jour par jour et dans leur ordre d'arrivée : annulations, places acceptées, liste d'attente, refus motivés. Sort par « Suite » après la durée indiquée s'il en reste (reliez-la à une courte attente puis à nouveau à cette activité), par « Termine » sinon.")]
[ActivityInput("DureeMax", "Durée maximale d'une étape", InputKinds.Duration)]
[ActivityInput("ResultVariable", "Variable recevant l'avancement (jusqua, traitees, termine)", InputKinds.Variable)]
[ActivityOutcomes("Suite", "Termine")]
internal sealed class ProcessBookingRequestsActivity : WorkflowActivity
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var run = context.Services.GetRequiredService<NightlyBookingRun>();
        var variable = context.GetInput<string>("ResultVariable");
        var progress = variable is { Length: > 0 } ? context.GetVariable(variable) as JsonObject : null;
        // A new night starts from the requests validated until now; a slice of the same night goes on.
        var running = progress?["termine"]?.GetValue<bool>() == false;
        var cutoff = running ? progress!["jusqua"]!.GetValue<long>() : await run.CutoffAsync(context.CancellationToken);
        var before = running ? progress!["traitees"]!.GetValue<int>() : 0;
        var budget = context.HasInput("DureeMax") ? context.GetInput<TimeSpan>("DureeMax") : DefaultBudget;
        var (processed, finished) = await run.ProcessAsync(cutoff, budget, context.CancellationToken);
        if (variable is { Length: > 0 })
        {
            context.SetVariable(variable, new JsonObject { ["jusqua"] = cutoff, ["traitees"] = before + processed, ["termine"] = finished });
        }

        return ActivityResult.Complete(finished ? "Termine" : "Suite");
    }
}
