using DossierFamille.Storage.Sweep;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Tells the orphan sweep which blobs a fiche piece still references.</summary>
internal sealed class PieceReferenceSource(AppDbContext db) : IBlobReferenceSource
{
    public async Task<IReadOnlySet<string>> FilterReferencedAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken)
    {
        var names = blobNames.ToList();
        var referenced = await db.FichePieces.Where(p => names.Contains(p.BlobName)).Select(p => p.BlobName).ToListAsync(cancellationToken);
        return referenced.ToHashSet(StringComparer.Ordinal);
    }
}
