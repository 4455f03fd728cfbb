using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Rgpd.Emails;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// Builds the zip of the requested copy (the correlation), stores it, marks the copy ready and emails its link, in the
/// step's transaction. A crash before the commit leaves a stored zip no row references: the orphan sweep removes it, and
/// the step runs again.
/// </summary>
[Activity("PreparerCopieDonnees", "Préparer la copie des données", "RGPD",
    Description = "Prépare le fichier zip des données du compte demandeur (seulement ce que ce compte peut voir), puis lui envoie par email le lien de téléchargement, valable 7 jours.")]
[ActivityOutcomes("Done")]
internal sealed class PrepareDataCopyActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var id = DataCopyWorkflow.CopyId(context.CorrelationId) ?? throw new InvalidOperationException("La copie des données doit être corrélée à une demande (« copie:<id> »).");
        var db = context.Services.GetRequiredService<AppDbContext>();
        var copy = await db.Set<DataCopy>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (copy is null || copy.IsReady)
        {
            return ActivityResult.Done;
        }

        var now = context.TimeProvider.GetUtcNow();
        var path = Path.Combine(Path.GetTempPath(), $"copie-{copy.Id:N}.zip");
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous))
        {
            await context.Services.GetRequiredService<DataCopyWriter>().WriteAsync(copy, file, now, ct);
            file.Position = 0;
            var blob = await context.Services.GetRequiredService<IBlobStore>().PutAsync(file, "application/zip", new BlobPutOptions("copies"), ct);
            copy.MarkReady(blob.Name, blob.Size, now);
        }

        var recipient = await db.Responsables.AsNoTracking().Where(r => r.UserId == copy.UserId).Select(r => r.Email).FirstOrDefaultAsync(ct)
            ?? await db.Users.AsNoTracking().Where(u => u.Id == copy.UserId).Select(u => u.Email).SingleAsync(ct);
        if (!string.IsNullOrWhiteSpace(recipient))
        {
            var dates = context.Services.GetRequiredService<CommuneTime>();
            await context.Services.GetRequiredService<EmailOutbox>().EnqueueAsync(recipient, new DataCopyReadyEmail(
                dates.DateAndTime(copy.RequestedAt), dates.DateAndTime(copy.ExpiresAt!.Value), context.Services.GetRequiredService<PortalLinks>().Absolute(RgpdModule.CopyPath(copy.Id))));
        }

        return ActivityResult.Done;
    }
}
