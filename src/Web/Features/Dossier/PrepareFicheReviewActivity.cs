using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Loads the transmitted fiche (the correlation) into variables the next activities and emails use.</summary>
[Activity("PreparerRevueFiche", "Préparer la revue de la fiche", "Dossier famille", Description = "Charge la fiche transmise : variables fiche, famille, emailMairie, destinataires.")]
[ActivityOutcomes("Done")]
internal sealed class PrepareFicheReviewActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var ficheId = int.Parse(context.CorrelationId ?? throw new InvalidOperationException("La revue de fiche doit être corrélée à une fiche."), CultureInfo.InvariantCulture);
        var fiche = await db.Fiches.AsNoTracking().SingleAsync(f => f.Id == ficheId, context.CancellationToken);
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == fiche.FamilyId, context.CancellationToken);
        var commune = await db.Commune.AsNoTracking().SingleAsync(context.CancellationToken);
        var recipients = await db.Responsables.AsNoTracking().Where(r => r.FamilyId == fiche.FamilyId && r.Email != null).Select(r => r.Email!).ToListAsync(context.CancellationToken);
        context.SetVariable("fiche", JsonValue.Create(fiche.Title));
        context.SetVariable("famille", JsonValue.Create(family.Name));
        context.SetVariable("emailMairie", JsonValue.Create(commune.ContactEmail));
        // Every responsable is told, separated parents included.
        context.SetVariable("destinataires", JsonValue.Create(string.Join(';', recipients)));
        return ActivityResult.Done;
    }
}
