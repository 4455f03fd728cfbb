using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// The files of a fiche's pièces justificatives: through the intake (type by content, size,
/// antivirus, images normalised), blob written before its row, row deleted before its blob. Each
/// change goes into the fiche's history with who made it.
/// </summary>
public sealed class FichePieces(AppDbContext db, IDocumentIntake intake, IBlobStore blobs, TimeProvider time)
{
    /// <summary>
    /// Runs the files through the intake, then writes their rows in one transaction that first locks
    /// the fiche's row: concurrent uploads onto the same fiche take turns there, so the count of files
    /// read under the lock is the committed one and a piece never holds more than its limit. Files that
    /// find the piece full at that point are refused and their blobs deleted.
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> AddAsync(Fiche fiche, string pieceCode, IReadOnlyList<IncomingFile> files, string actor, CancellationToken cancellationToken)
    {
        fiche.EnsureEditable();
        var limits = new PieceLimits(AlreadyStored: fiche.Pieces.Count(p => p.PieceCode == pieceCode));
        var results = (await intake.ProcessAsync(new IntakeRequest(limits, files, $"fiches/{fiche.CampaignId}"), cancellationToken)).ToList();
        var accepted = results.OfType<AcceptedDocument>().ToList();
        if (accepted.Count == 0)
        {
            return results;
        }

        var rows = new List<FichePiece>();
        var events = new List<FicheEvent>();
        var strategy = db.Database.CreateExecutionStrategy();
        var room = await strategy.ExecuteAsync(async () =>
        {
            // A retried attempt starts again from the rows of the fiche as loaded.
            foreach (var row in rows)
            {
                fiche.Pieces.Remove(row);
                db.Entry(row).State = EntityState.Detached;
            }

            rows.Clear();
            db.FicheEvents.RemoveRange(events);
            events.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var locked = await db.Fiches
                .Where(f => f.Id == fiche.Id && (f.Status == FicheStatus.Brouillon || f.Status == FicheStatus.Refusee))
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.Revision, x => x.Revision), cancellationToken);
            if (locked == 0)
            {
                // Transmitted by another request since it was loaded.
                return -1;
            }

            var stored = await db.FichePieces.CountAsync(p => p.FicheId == fiche.Id && p.PieceCode == pieceCode, cancellationToken);
            var free = Math.Max(0, limits.MaxFiles - stored);
            rows.AddRange(accepted.Take(free).Select(document => ToPiece(pieceCode, document)));
            fiche.Pieces.AddRange(rows);
            events.AddRange(rows.Select(row => Record(fiche, actor, "Pièce ajoutée", row.DisplayName)));

            // A blob whose row is never committed is removed later by the orphan sweep.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return free;
        });

        if (room < 0)
        {
            await DeleteBlobsAsync(accepted);
            throw new FicheLockedException(fiche);
        }

        var refused = accepted.Skip(room).ToList();
        foreach (var document in refused)
        {
            results[results.IndexOf(document)] = limits.PieceFull(document);
        }

        await DeleteBlobsAsync(refused);
        return results;
    }

    public async Task<bool> DeleteAsync(Fiche fiche, int pieceId, string actor, CancellationToken cancellationToken)
    {
        fiche.EnsureEditable();
        var piece = fiche.Pieces.SingleOrDefault(p => p.Id == pieceId);
        if (piece is null)
        {
            return false;
        }

        db.FichePieces.Remove(piece);
        Record(fiche, actor, "Pièce supprimée", piece.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        await blobs.DeleteAsync(piece.BlobName, cancellationToken);
        if (piece.ThumbnailBlobName is not null)
        {
            await blobs.DeleteAsync(piece.ThumbnailBlobName, cancellationToken);
        }

        return true;
    }

    private FichePiece ToPiece(string pieceCode, AcceptedDocument accepted) => new()
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
    };

    private async Task DeleteBlobsAsync(IEnumerable<AcceptedDocument> documents)
    {
        foreach (var document in documents)
        {
            await blobs.DeleteAsync(document.BlobName, CancellationToken.None);
            if (document.ThumbnailBlobName is not null)
            {
                await blobs.DeleteAsync(document.ThumbnailBlobName, CancellationToken.None);
            }
        }
    }

    /// <summary>A stored file, when <paramref name="scope"/> reaches its fiche.</summary>
    public async Task<(FichePiece Piece, Stream Content)?> OpenAsync(int pieceId, AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var piece = await scope.Pieces(db.FichePieces).Include(p => p.Fiche).SingleOrDefaultAsync(p => p.Id == pieceId, cancellationToken);
        if (piece is null || await blobs.OpenReadAsync(piece.BlobName, cancellationToken) is not { } blob)
        {
            return null;
        }

        return (piece, blob.Content);
    }

    private FicheEvent Record(Fiche fiche, string actor, string action, string detail) =>
        db.FicheEvents.Add(new FicheEvent { FicheId = fiche.Id, At = time.GetUtcNow(), Actor = actor, Action = action, Detail = detail }).Entity;
}
