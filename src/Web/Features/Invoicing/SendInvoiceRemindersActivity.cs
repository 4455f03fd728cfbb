using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>One slice of the reminders (see <see cref="InvoiceReminders"/>): "Suite" while invoices remain, "Termine" when all are reminded.</summary>
[Activity("RelancerFacturesImpayees", "Relancer les factures impayées", "Facturation",
    Description = "Envoie un rappel par email pour chaque facture non réglée dont l'échéance, plus le délai choisi par l'administrateur, est passée ; une fois par facture. Sort par « Suite » après la durée indiquée s'il en reste, par « Termine » sinon.")]
[ActivityInput("DureeMax", "Durée maximale d'une étape", InputKinds.Duration)]
[ActivityInput("ResultVariable", "Variable recevant le nombre de rappels envoyés", InputKinds.Variable)]
[ActivityOutcomes("Suite", "Termine")]
internal sealed class SendInvoiceRemindersActivity : WorkflowActivity
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var budget = context.HasInput("DureeMax") ? context.GetInput<TimeSpan>("DureeMax") : DefaultBudget;
        var (sent, finished) = await context.Services.GetRequiredService<InvoiceReminders>().SendAsync(budget, context.CancellationToken);
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, JsonValue.Create(sent));
        }

        return ActivityResult.Complete(finished ? "Termine" : "Suite");
    }
}
