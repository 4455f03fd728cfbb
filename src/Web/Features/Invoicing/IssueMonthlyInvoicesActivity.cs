using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// One slice of the monthly run (see <see cref="MonthlyInvoicing"/>): "Suite" while accounts remain, "Termine" when the
/// month is invoiced. The month and the last account done are kept in the result variable, so that a slice after midnight
/// goes on with the same month and a step that dies is simply taken again.
/// </summary>
[Activity("EmettreFacturesMensuelles", "Émettre les factures du mois", "Facturation",
    Description = "Émet la facture du mois précédent de chaque compte payeur (réservations acceptées à leur prix, pénalités de présence sans réservation et d'absence injustifiée), numérotée sans trou, avec son PDF et l'email « Une facture est disponible ». Sort par « Suite » après la durée indiquée s'il reste des comptes, par « Termine » sinon.")]
[ActivityInput("DureeMax", "Durée maximale d'une étape", InputKinds.Duration)]
[ActivityInput("ResultVariable", "Variable recevant l'avancement (mois, apres, emises, termine)", InputKinds.Variable)]
[ActivityOutcomes("Suite", "Termine")]
internal sealed class IssueMonthlyInvoicesActivity : WorkflowActivity
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var variable = context.GetInput<string>("ResultVariable");
        var progress = variable is { Length: > 0 } ? context.GetVariable(variable) as JsonObject : null;
        var running = progress?["termine"]?.GetValue<bool>() == false;
        var month = running
            ? DateOnly.ParseExact(progress!["mois"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : InvoicingSchedule.MonthBilledOn(context.Services.GetRequiredService<InvoiceIssuer>().Today);
        var after = running ? progress!["apres"]?.GetValue<string>() : null;
        var before = running ? progress!["emises"]!.GetValue<int>() : 0;
        var budget = context.HasInput("DureeMax") ? context.GetInput<TimeSpan>("DureeMax") : DefaultBudget;
        var result = await context.Services.GetRequiredService<MonthlyInvoicing>().RunAsync(month, after, budget, context.CancellationToken);
        if (variable is { Length: > 0 })
        {
            context.SetVariable(variable, new JsonObject
            {
                ["mois"] = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["apres"] = result.After,
                ["emises"] = before + result.Issued,
                ["termine"] = result.Finished,
            });
        }

        return ActivityResult.Complete(result.Finished ? "Termine" : "Suite");
    }
}
