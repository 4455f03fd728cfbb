using DossierFamille.Storage.Sweep;
using DossierFamille.Web.Features.Rgpd.Copy;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Data;

/// <summary>Tells the orphan sweep which blobs a row still references: fiche pieces, règlements, email attachments, invoice PDFs, data copies.</summary>
internal sealed class BlobReferences(AppDbContext db) : IBlobReferenceSource
{
    public async Task<IReadOnlySet<string>> FilterReferencedAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken)
    {
        var names = blobNames.ToList();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        referenced.UnionWith(await db.FichePieces.Where(p => names.Contains(p.BlobName)).Select(p => p.BlobName).ToListAsync(cancellationToken));
        referenced.UnionWith(await db.Reglements.Where(r => names.Contains(r.BlobName)).Select(r => r.BlobName).ToListAsync(cancellationToken));
        referenced.UnionWith(await db.Outbox.Where(m => names.Contains(m.AttachmentBlobName!)).Select(m => m.AttachmentBlobName!).ToListAsync(cancellationToken));
        referenced.UnionWith(await db.Invoices.Where(i => names.Contains(i.PdfBlobName!)).Select(i => i.PdfBlobName!).ToListAsync(cancellationToken));
        referenced.UnionWith(await db.Set<DataCopy>().Where(c => names.Contains(c.BlobName!)).Select(c => c.BlobName!).ToListAsync(cancellationToken));
        return referenced;
    }
}
