using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Issues a credit note ("avoir") on an invoice: under the "A" counter's lock, what the invoice was already credited is
/// read, the note numbered and saved in one transaction, so that two at once neither share a number nor give back more
/// than the invoice; its PDF is stored right after. The gestionnaire's page that calls it is to come.
/// </summary>
internal sealed class CreditNotes(AppDbContext db, InvoiceCounters counters, InvoiceIssuer issuer, InvoicePdfs pdfs, TimeProvider time)
{
    public async Task<Invoice> IssueAsync(long invoiceId, decimal amount, string reason, CancellationToken cancellationToken)
    {
        var today = issuer.Today;
        await counters.EnsureAsync(InvoiceKind.Avoir, today.Year, cancellationToken);
        Invoice? note = null;
        await db.InTransactionAsync(async () =>
        {
            var number = await counters.TakeAsync(InvoiceKind.Avoir, today.Year, 1, cancellationToken);
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId, cancellationToken);
            var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId == invoiceId).Select(c => c.Total).ToListAsync(cancellationToken)).Sum();
            note = invoice.IssueCreditNote(number, amount, credited, reason, time.GetUtcNow(), today);
            db.Invoices.Add(note);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        await pdfs.StoreAsync([note!], cancellationToken);
        return note!;
    }
}
