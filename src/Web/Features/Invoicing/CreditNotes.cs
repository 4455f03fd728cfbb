using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Issues a credit note ("avoir") on an invoice: under the "A" counter's lock, what the invoice was already credited is
/// read, the note numbered, audited and saved in one transaction, so that two at once neither share a number nor give back
/// more than the invoice; its PDF is stored right after. The form's key makes a double click issue it once.
/// </summary>
internal sealed class CreditNotes(AppDbContext db, InvoiceCounters counters, InvoiceIssuer issuer, InvoicePdfs pdfs, InvoiceCredits credits, SettingsAudit audit, TimeProvider time)
{
    public const string AuditSubject = "Avoirs";

    public async Task<Invoice> IssueAsync(long invoiceId, decimal amount, string reason, string actor, Guid? requestKey, CancellationToken cancellationToken)
    {
        if (await IssuedAsync(requestKey, cancellationToken) is { } done)
        {
            return done;
        }

        var today = issuer.Today;
        await counters.EnsureAsync(InvoiceKind.Avoir, today.Year, cancellationToken);
        Invoice? note = null;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                db.ChangeTracker.Clear();
                var number = await counters.TakeAsync(InvoiceKind.Avoir, today.Year, 1, cancellationToken);
                var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId, cancellationToken);
                var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId == invoiceId).Select(c => c.Total).ToListAsync(cancellationToken)).Sum();
                note = invoice.IssueCreditNote(number, amount, credited, reason, time.GetUtcNow(), today, requestKey);
                db.Invoices.Add(note);
                audit.Record(actor, AuditSubject, $"Avoir {note.Number} de {Money.Format(amount)} sur la facture {invoice.Number} ({invoice.HolderName}, {invoice.FamilyReference}) : {note.Reason}.");
                await db.SaveChangesAsync(cancellationToken);
                // On an invoice already paid, what the note gives back is trop payé of the account.
                await credits.SettleAsync(invoice.Id, paymentId: null, note, note.IssuedAt, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once: the other post issued it (and this one's number went back with its rollback).
            db.ChangeTracker.Clear();
            if (await IssuedAsync(requestKey, cancellationToken) is not { } issued)
            {
                throw;
            }

            return issued;
        }

        await pdfs.StoreAsync([note!], cancellationToken);
        return note!;
    }

    private async Task<Invoice?> IssuedAsync(Guid? requestKey, CancellationToken cancellationToken) =>
        requestKey is { } key ? await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.RequestKey == key, cancellationToken) : null;
}
