using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Sets the fiche accepted or refused from the review task's answer (variable "decision").</summary>
[Activity("AppliquerDecisionFiche", "Appliquer la décision sur la fiche", "Dossier famille", Description = "Lit la variable decision (issue Accepter/Refuser et motif) et met à jour la fiche ; variables accepte et motif.")]
[ActivityOutcomes("Done")]
internal sealed class ApplyFicheDecisionActivity : WorkflowActivity
{
    public const string Accept = "Accepter";
    public const string Refuse = "Refuser";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var time = context.TimeProvider.GetUtcNow();
        var decision = context.GetVariable("decision") as JsonObject ?? throw new InvalidOperationException("La variable decision est absente.");
        var accepted = decision["outcome"]?.GetValue<string>() == Accept;
        var motif = decision["formData"]?["motif"]?.GetValue<string>();
        var user = decision["user"]?.GetValue<string>() ?? "gestionnaire";
        var ficheId = int.Parse(context.CorrelationId!, CultureInfo.InvariantCulture);
        var fiche = await db.Fiches.SingleAsync(f => f.Id == ficheId, context.CancellationToken);
        fiche.Decide(accepted, motif, user, time);
        db.FicheEvents.Add(new FicheEvent { FicheId = fiche.Id, At = time, Actor = user, Action = accepted ? "Acceptée" : "Refusée", Detail = fiche.Motif });
        context.SetVariable("accepte", JsonValue.Create(accepted));
        context.SetVariable("motif", JsonValue.Create(fiche.Motif ?? ""));
        return ActivityResult.Done;
    }
}
