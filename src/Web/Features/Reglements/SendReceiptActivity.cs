using System.Globalization;
using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Reglements.Emails;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>Writes the receipt PDF of the signature (the correlation) and emails it to the signer.</summary>
[Activity("EnvoyerRecuReglement", "Envoyer l'accusé de signature", "Dossier famille", Description = "Génère l'accusé PDF de la signature du règlement intérieur et l'envoie au signataire ; variable familleId.")]
[ActivityOutcomes("Done")]
internal sealed class SendReceiptActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var ct = context.CancellationToken;
        var id = long.Parse(context.CorrelationId ?? throw new InvalidOperationException("L'accusé doit être corrélé à une signature."), CultureInfo.InvariantCulture);
        var signature = await db.ReglementSignatures.AsNoTracking().SingleAsync(s => s.Id == id, ct);
        var child = await db.Children.AsNoTracking().Where(c => c.Id == signature.ChildId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        var structure = await db.Structures.AsNoTracking().Where(s => s.Id == signature.StructureId).Select(s => s.Name).SingleAsync(ct);
        var commune = await db.Commune.AsNoTracking().Select(c => c.Name).SingleAsync(ct);
        var recipient = await db.Responsables.AsNoTracking().Where(r => r.UserId == signature.UserId).Select(r => r.Email).SingleOrDefaultAsync(ct)
            ?? await db.Users.AsNoTracking().Where(u => u.Id == signature.UserId).Select(u => u.Email).SingleAsync(ct);
        context.SetVariable("familleId", System.Text.Json.Nodes.JsonValue.Create(signature.FamilyId));
        var pdf = ReceiptPdf.Create(signature, child, structure, commune);
        using var content = new MemoryStream(pdf);
        var blob = await context.Services.GetRequiredService<IBlobStore>().PutAsync(content, "application/pdf", new BlobPutOptions("recus"), ct);
        await context.Services.GetRequiredService<EmailOutbox>().EnqueueAsync(
            recipient!, new ReglementReceiptEmail(signature.SignerName, child, structure, signature.SchoolYear), new EmailAttachment($"accuse-reglement-{signature.Id}.pdf", blob.Name));
        return ActivityResult.Done;
    }
}
