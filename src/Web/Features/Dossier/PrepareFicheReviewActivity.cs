using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Loads the transmitted fiche (the correlation) into variables the next activities and emails use.</summary>
[Activity("PreparerRevueFiche", "Préparer la revue de la fiche", "Dossier famille", Description = "Charge la fiche transmise et vérifie ses pièces : variables fiche, ficheDansPhrase, lienFiche, famille, familleId, emailMairie, destinataires, piecesManquantes.")]
[ActivityOutcomes("Done")]
internal sealed class PrepareFicheReviewActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var ficheId = int.Parse(context.CorrelationId ?? throw new InvalidOperationException("La revue de fiche doit être corrélée à une fiche."), CultureInfo.InvariantCulture);
        // Tracked: when the review starts in the transmission's own step, the fiche's changes are not saved yet.
        var fiche = await db.Fiches.Include(f => f.Pieces).SingleAsync(f => f.Id == ficheId, context.CancellationToken);
        var missing = await context.Services.GetRequiredService<PieceRequirements>().MissingAsync(fiche, FicheContent.Read(fiche.Kind, fiche.DataJson), context.CancellationToken);
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == fiche.FamilyId, context.CancellationToken);
        var commune = await db.Commune.AsNoTracking().SingleAsync(context.CancellationToken);
        var readers = await context.Services.GetRequiredService<AccountScopes>().ReadersAsync(fiche, context.CancellationToken);
        var recipients = readers.Where(r => r.Email != null).Select(r => r.Email!);
        context.SetVariable("fiche", JsonValue.Create(fiche.Title));
        // Inside a sentence: "Votre fiche enfant – Léa Martin a été acceptée".
        context.SetVariable("ficheDansPhrase", JsonValue.Create(char.ToLowerInvariant(fiche.Title[0]) + fiche.Title[1..]));
        // The fiche on the portal, for the decision emails (the public address, see PortalLinks).
        context.SetVariable("lienFiche", JsonValue.Create(context.Services.GetRequiredService<PortalLinks>().Absolute(DossierModule.FichePath(fiche.Id))));
        context.SetVariable("famille", JsonValue.Create(family.Name));
        context.SetVariable("familleId", JsonValue.Create(family.Id));
        context.SetVariable("emailMairie", JsonValue.Create(commune.ContactEmail));
        // Every responsable who reads the fiche is told: both parents for a child's fiche, only its own for a separated parent's fiche famille.
        context.SetVariable("destinataires", JsonValue.Create(string.Join(';', recipients)));
        // Empty when every required piece is there; a piece rule changed since the transmission shows here.
        context.SetVariable("piecesManquantes", JsonValue.Create(string.Join(", ", missing.Select(p => p.Label))));
        return ActivityResult.Done;
    }
}
