using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Reglements.Emails;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>
/// Admins publish a structure's règlement intérieur as a new PDF version; whoever signed an earlier version is emailed, in
/// the same transaction, to sign the new one.
/// </summary>
public sealed class Reglements(AppDbContext db, IDocumentIntake intake, TimeProvider time, EmailOutbox outbox, PortalLinks links)
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
        if (version > 0)
        {
            await AskToSignAgainAsync(structureId, version + 1, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>One email per account that signed an earlier version, naming its own children (separated parents each get theirs).</summary>
    private async Task AskToSignAgainAsync(int structureId, int version, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.Where(s => s.Id == structureId).Select(s => s.Name).SingleAsync(cancellationToken);
        var signers = await db.ReglementSignatures.AsNoTracking().Where(s => s.StructureId == structureId)
            .Join(db.Children, s => s.ChildId, c => c.Id, (s, c) => new { s.UserId, c.FirstName })
            .Distinct().ToListAsync(cancellationToken);
        foreach (var signer in signers.GroupBy(s => s.UserId))
        {
            var email = await db.Responsables.Where(r => r.UserId == signer.Key).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken);
            if (EmailAddresses.Split(email).Length == 0)
            {
                continue;
            }

            var children = string.Join(", ", signer.Select(s => s.FirstName).Order(StringComparer.Ordinal));
            await outbox.EnqueueAsync(email!, new NewReglementEmail(structure, version, children, links.Absolute("/dossier/reglements")));
        }
    }
}
