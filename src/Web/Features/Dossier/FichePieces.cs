using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// The files of a fiche's pièces justificatives: through the intake (type by content, size,
/// antivirus, images normalised), blob written before its row, row deleted before its blob.
/// </summary>
public sealed class FichePieces(AppDbContext db, IDocumentIntake intake, IBlobStore blobs, TimeProvider time)
{
    public async Task<IReadOnlyList<IntakeResult>> AddAsync(Fiche fiche, string pieceCode, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        fiche.EnsureEditable();
        var limits = new PieceLimits(AlreadyStored: fiche.Pieces.Count(p => p.PieceCode == pieceCode));
        var results = await intake.ProcessAsync(new IntakeRequest(limits, files, $"fiches/{fiche.CampaignId}"), cancellationToken);
        foreach (var accepted in results.OfType<AcceptedDocument>())
        {
            fiche.Pieces.Add(new FichePiece
            {
                PieceCode = pieceCode,
                BlobName = accepted.BlobName,
                ThumbnailBlobName = accepted.ThumbnailBlobName,
                DisplayName = accepted.DisplayName,
                ContentType = accepted.ContentType,
                Size = accepted.Size,
                Sha256 = accepted.Sha256,
                PageCount = accepted.PageCount,
                UploadedAt = time.GetUtcNow(),
            });
        }

        // A blob whose row is never committed is removed later by the orphan sweep.
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    public async Task<bool> DeleteAsync(Fiche fiche, int pieceId, CancellationToken cancellationToken)
    {
        fiche.EnsureEditable();
        var piece = fiche.Pieces.SingleOrDefault(p => p.Id == pieceId);
        if (piece is null)
        {
            return false;
        }

        db.FichePieces.Remove(piece);
        await db.SaveChangesAsync(cancellationToken);
        await blobs.DeleteAsync(piece.BlobName, cancellationToken);
        if (piece.ThumbnailBlobName is not null)
        {
            await blobs.DeleteAsync(piece.ThumbnailBlobName, cancellationToken);
        }

        return true;
    }

    /// <summary>A stored file for the family that owns it, or for staff (familyId null).</summary>
    public async Task<(FichePiece Piece, Stream Content)?> OpenAsync(int pieceId, int? familyId, CancellationToken cancellationToken)
    {
        var piece = await db.FichePieces.Include(p => p.Fiche)
            .SingleOrDefaultAsync(p => p.Id == pieceId && (familyId == null || p.Fiche!.FamilyId == familyId), cancellationToken);
        if (piece is null || await blobs.OpenReadAsync(piece.BlobName, cancellationToken) is not { } blob)
        {
            return null;
        }

        return (piece, blob.Content);
    }
}
