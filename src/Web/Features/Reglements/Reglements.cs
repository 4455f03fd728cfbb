using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>Admins publish a structure's règlement intérieur as a new PDF version.</summary>
public sealed class Reglements(AppDbContext db, IDocumentIntake intake, TimeProvider time)
{
    public async Task<string?> PublishAsync(int structureId, IncomingFile pdf, string admin, CancellationToken cancellationToken)
    {
        if (!await db.Structures.AnyAsync(s => s.Id == structureId, cancellationToken))
        {
            return "Structure inconnue.";
        }

        var result = (await intake.ProcessAsync(new IntakeRequest(new PieceLimits(MaxFiles: 1, MaxBytes: 10_000_000), [pdf], "reglements"), cancellationToken)).Single();
        if (result is RefusedDocument refused)
        {
            return refused.Message;
        }

        var accepted = (AcceptedDocument)result;
        if (accepted.ContentType != "application/pdf")
        {
            return "Le règlement intérieur doit être un fichier PDF.";
        }

        var version = await db.Reglements.Where(r => r.StructureId == structureId).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;
        db.Reglements.Add(new Reglement
        {
            StructureId = structureId,
            Version = version + 1,
            BlobName = accepted.BlobName,
            Sha256 = accepted.Sha256,
            Size = accepted.Size,
            PublishedAt = time.GetUtcNow(),
            PublishedBy = admin,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
