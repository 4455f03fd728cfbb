using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Invoicing.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Renders issued invoices as PDFs and stores them in the blob store, right after the issue commits (the number exists
/// only then, and the counter's lock is not held while a PDF is drawn). The row names its blob once: a second node that
/// stored one too deletes its own. An invoice left without PDF by a crash gets it from the next slice of the run.
/// </summary>
internal sealed class InvoicePdfs(AppDbContext db, IBlobStore blobs, PortalLinks links)
{
    /// <summary>
    /// How many PDFs are drawn and stored at once. Drawing one takes a few milliseconds of CPU; the time goes into the blob
    /// store's round trip (Azurite under load: about 150 ms), so many uploads are kept in flight.
    /// </summary>
    private const int Parallelism = 16;

    public async Task<InvoicePdfContext> ContextAsync(CancellationToken cancellationToken)
    {
        var commune = await db.Commune.AsNoTracking().OrderBy(c => c.Id).FirstAsync(cancellationToken);
        return new InvoicePdfContext(commune.Name, commune.Address, commune.Phone, commune.ContactEmail, links.Absolute(InvoicingModule.ParentPath));
    }

    /// <summary>Stores the PDF of each invoice that has none yet; returns how long each one took (drawn, stored).</summary>
    public async Task<IReadOnlyList<PdfTiming>> StoreAsync(IReadOnlyList<Invoice> invoices, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(cancellationToken);
        var tropPaye = await TropPayeAsync(invoices, cancellationToken);
        var stored = new List<(long Id, string Blob)>();
        var timings = new List<PdfTiming>();
        await Parallel.ForEachAsync(invoices.Where(i => i.PdfBlobName is null), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (invoice, ct) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var content = new MemoryStream(InvoicePdf.Render(invoice, context, tropPaye.GetValueOrDefault(invoice.Id)), writable: false);
            var drawn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var blob = await blobs.PutAsync(content, InvoicePdfFile.ContentType, new BlobPutOptions(Prefix: $"factures/{invoice.IssueDate.Year}"), ct);
            var timing = new PdfTiming(drawn, System.Diagnostics.Stopwatch.GetElapsedTime(started) - drawn);
            lock (stored)
            {
                stored.Add((invoice.Id, blob.Name));
                timings.Add(timing);
            }
        });

        // One transaction for the batch's rows (one commit instead of one per invoice), in the order of their ids so that
        // two nodes storing the same invoices wait for each other instead of deadlocking.
        var lost = new List<string>();
        await db.InTransactionAsync(async () =>
        {
            lost.Clear();
            foreach (var (id, blob) in stored.OrderBy(s => s.Id))
            {
                if (await db.Invoices.Where(i => i.Id == id && i.PdfBlobName == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.PdfBlobName, blob), cancellationToken) == 0)
                {
                    lost.Add(blob);
                }
            }
        }, cancellationToken);
        foreach (var blob in lost)
        {
            await blobs.DeleteAsync(blob, cancellationToken);
        }

        return timings;
    }

    /// <summary>What the account's trop payé paid of each invoice at issue (one query for the batch), which its PDF deducts.</summary>
    private async Task<Dictionary<long, decimal>> TropPayeAsync(IReadOnlyList<Invoice> invoices, CancellationToken cancellationToken)
    {
        var ids = invoices.Where(i => i.PdfBlobName is null && i.Kind == InvoiceKind.Facture).Select(i => i.Id).ToList();
        var paid = ids.Count == 0 ? [] : await db.InvoicePayments.AsNoTracking().Where(p => ids.Contains(p.InvoiceId) && p.Mode == InvoicePaymentMode.TropPaye)
            .Select(p => new { p.InvoiceId, p.Amount }).ToListAsync(cancellationToken);
        return paid.GroupBy(p => p.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
    }

    /// <summary>The invoices (of any month) still without their PDF, a crash having come between the issue and the storing.</summary>
    public async Task<int> StoreMissingAsync(CancellationToken cancellationToken)
    {
        var missing = await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.PdfBlobName == null).OrderBy(i => i.Id).Take(200).ToListAsync(cancellationToken);
        return (await StoreAsync(missing, cancellationToken)).Count;
    }
}
