using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>Deletes the queued files of rows deleted in an earlier, committed step (<see cref="BlobDeletions"/>).</summary>
[Activity("SupprimerFichiersPurges", "Supprimer les fichiers purgés", "RGPD",
    Description = "Supprime du stockage les fichiers dont la ligne a été supprimée par une étape déjà validée (purge, fermeture de compte), puis les retire de la file. Sans effet sur un fichier déjà supprimé : une étape rejouée après un arrêt ne laisse rien derrière elle.")]
[ActivityInput("ResultVariable", "Variable recevant le nombre de fichiers supprimés", InputKinds.Variable)]
[ActivityOutcomes("Done")]
internal sealed class DeletePurgedFilesActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var deleted = await context.Services.GetRequiredService<BlobDeletions>().DeleteQueuedAsync(context.CancellationToken);
        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, JsonValue.Create(deleted));
        }

        return ActivityResult.Done;
    }
}
