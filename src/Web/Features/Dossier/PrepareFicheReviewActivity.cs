using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Loads the transmitted fiche (the correlation) into variables the next activities and emails use.</summary>
[Activity("PreparerRevueFiche", "Préparer la revue de la fiche", "Dossier famille", Description = "Charge la fiche transmise et vérifie ses pièces : variables fiche, famille, familleId, emailMairie, destinataires, piecesManquantes.")]
[ActivityOutcomes("Done")]
internal sealed class PrepareFicheReviewActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var ficheId = int.Parse(context.CorrelationId ?? throw new InvalidOperationException("La revue de fiche doit être corrélée à une fiche."), CultureInfo.InvariantCulture);
        var fiche = await db.Fiches.AsNoTracking().Include(f => f.Pieces).SingleAsync(f => f.Id == ficheId, context.CancellationToken);
        var missing = await context.Services.GetRequiredService<PieceRequirements>().MissingAsync(fiche, FicheContent.Read(fiche.Kind, fiche.DataJson), context.CancellationToken);
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == fiche.FamilyId, context.CancellationToken);
        var commune = await db.Commune.AsNoTracking().SingleAsync(context.CancellationToken);
        var recipients = await db.Responsables.AsNoTracking().Where(r => r.FamilyId == fiche.FamilyId && r.Email != null).Select(r => r.Email!).ToListAsync(context.CancellationToken);
        context.SetVariable("fiche", JsonValue.Create(fiche.Title));
        context.SetVariable("famille", JsonValue.Create(family.Name));
        context.SetVariable("familleId", JsonValue.Create(family.Id));
        context.SetVariable("emailMairie", JsonValue.Create(commune.ContactEmail));
        // Every responsable is told, separated parents included.
        context.SetVariable("destinataires", JsonValue.Create(string.Join(';', recipients)));
        // Empty when every required piece is there; a piece rule changed since the transmission shows here.
        context.SetVariable("piecesManquantes", JsonValue.Create(string.Join(", ", missing.Select(p => p.Label))));
        return ActivityResult.Done;
    }
}
