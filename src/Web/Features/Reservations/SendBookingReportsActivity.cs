using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>One slice of the next-morning reports (see <see cref="BookingReports"/>): "Suite" while accounts remain, "Termine" when all are done.</summary>
[Activity("EnvoyerComptesRendusReservations", "Envoyer les comptes rendus de réservation", "Réservations",
    Description = "Envoie à chaque compte le compte rendu de ses mouvements non encore signalés (demandes traitées, places obtenues depuis la liste d'attente), une fois par compte et par nuit. Sort par « Suite » après la durée indiquée s'il reste des comptes, par « Termine » sinon.")]
[ActivityInput("DureeMax", "Durée maximale d'une étape", InputKinds.Duration)]
[ActivityInput("ResultVariable", "Variable recevant le nombre de comptes rendus", InputKinds.Variable)]
[ActivityOutcomes("Suite", "Termine")]
internal sealed class SendBookingReportsActivity : WorkflowActivity
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var budget = context.HasInput("DureeMax") ? context.GetInput<TimeSpan>("DureeMax") : DefaultBudget;
        var (reports, finished) = await context.Services.GetRequiredService<BookingReports>().SendAsync(budget, context.CancellationToken);
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, JsonValue.Create(reports));
        }

        return ActivityResult.Complete(finished ? "Termine" : "Suite");
    }
}
