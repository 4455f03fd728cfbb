using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>Deletes what the retention settings make due, in the step's transaction; the files follow in a later step.</summary>
[Activity("PurgeRgpd", "Purger les données échues (RGPD)", "RGPD",
    Description = "Supprime les pièces justificatives, les fiches jamais transmises et les entrées du journal des consultations dont la durée de conservation est échue, les copies de données dont le lien a expiré, les preuves de signature les plus anciennes dont la durée légale est passée et les emails envoyés, et inscrit leur nombre au journal des modifications. Les fichiers sont mis en file : placez ensuite « Supprimer les fichiers purgés » après une attente, pour qu'ils ne soient supprimés qu'une fois cette étape validée.")]
[ActivityInput("ResultVariable", "Variable recevant le résumé de la purge", InputKinds.Variable)]
[ActivityOutcomes("Done")]
internal sealed class PurgeRgpdActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var plan = await context.Services.GetRequiredService<RetentionPurge>().ApplyAsync(context.TimeProvider.GetUtcNow(), context.CancellationToken);
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, JsonValue.Create(plan.Summary));
        }

        return ActivityResult.Done;
    }
}
