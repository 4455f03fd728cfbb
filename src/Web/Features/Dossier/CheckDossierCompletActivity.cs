using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// After a fiche decision or a règlement signature: the children of the family whose dossier is now
/// complete get their "dossier complet" row and the signal "DossierComplet" (correlation "enfant:{id}"),
/// both in this step's transaction.
/// </summary>
[Activity("VerifierDossierComplet", "Vérifier si le dossier est complet", "Dossier famille",
    Description = "Pour chaque enfant de la famille dont les fiches sont acceptées et les règlements signés : enregistre le dossier complet (une seule fois) et envoie le signal DossierComplet, corrélé « enfant:{id} ». Variable dossiersComplets : les enfants concernés.")]
[ActivityInput("FamilyId", "Famille (identifiant)", InputKinds.JavaScript, Required = true)]
[ActivityOutcomes("Done")]
internal sealed class CheckDossierCompletActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var familyId = context.GetInput<int?>("FamilyId") ?? throw new InvalidOperationException("L'identifiant de la famille est vide.");
        var completion = context.Services.GetRequiredService<DossierCompletion>();
        var added = await completion.MarkAsync(familyId, (name, correlation, payload) => context.SendSignal(name, correlation, payload), context.CancellationToken);
        context.SetVariable("dossiersComplets", new JsonArray([.. added.Select(d => JsonValue.Create(d.ChildId))]));
        return ActivityResult.Done;
    }
}
