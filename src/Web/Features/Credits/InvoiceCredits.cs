using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// The trop payé of an invoice, in the caller's unit of work (nothing here saves): what its payments exceed of what the
/// invoice asks once its credit notes are deducted (paid at the mairie and online, paid twice, or a credit note issued on
/// a paid invoice) is owed back to its paying account, shared between the invoice's services (each up to what its lines
/// cost, <see cref="CreditSplit"/>). The credits of an invoice sum to that excess: calling it again writes nothing, and a
/// credit given is never taken back. Called by the online payment of an invoice and by the issue of a credit note.
/// </summary>
internal sealed class InvoiceCredits(AppDbContext db, InvoiceLineServices lineServices)
{
    private static readonly CreditMovementKind[] Given = [CreditMovementKind.OverpaidInvoice, CreditMovementKind.CreditNoteOnPaidInvoice];

    /// <param name="invoiceId">The invoice (not a credit note).</param>
    /// <param name="paymentId">The payment that overpaid it, when that is the cause.</param>
    /// <param name="creditNote">The credit note just issued (saved), when that is the cause.</param>
    public async Task SettleAsync(long invoiceId, Guid? paymentId, Invoice? creditNote, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId, cancellationToken);
        // What is saved, and what this unit of work adds (not saved yet).
        var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId == invoiceId).Select(c => c.Total).ToListAsync(cancellationToken))
            .Concat(db.Invoices.Local.Where(c => c.CreditedInvoiceId == invoiceId && db.Entry(c).State == EntityState.Added).Select(c => c.Total)).Sum();
        var paid = (await db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == invoiceId).Select(p => p.Amount).ToListAsync(cancellationToken))
            .Concat(db.InvoicePayments.Local.Where(p => p.InvoiceId == invoiceId && db.Entry(p).State == EntityState.Added).Select(p => p.Amount)).Sum();
        var given = (await db.CreditMovements.AsNoTracking().Where(m => m.InvoiceId == invoiceId && Given.Contains(m.Kind)).Select(m => m.Amount).ToListAsync(cancellationToken))
            .Concat(db.CreditMovements.Local.Where(m => m.InvoiceId == invoiceId && Given.Contains(m.Kind) && db.Entry(m).State == EntityState.Added).Select(m => m.Amount)).Sum();
        var owed = Owed(invoice.Total, credited, paid) - given;
        if (owed <= 0)
        {
            return;
        }

        var kind = creditNote is null ? CreditMovementKind.OverpaidInvoice : CreditMovementKind.CreditNoteOnPaidInvoice;
        var label = creditNote is null
            ? $"Facture {invoice.Number} payée au-delà de son montant"
            : $"Avoir {creditNote.Number} sur la facture {invoice.Number} déjà payée";
        foreach (var (structureId, part) in CreditSplit.Of(owed, await SharesAsync(invoice, cancellationToken)))
        {
            db.CreditMovements.Add(new CreditMovement
            {
                FamilyId = invoice.FamilyId,
                UserId = invoice.UserId,
                StructureId = structureId,
                Kind = kind,
                Amount = part,
                InvoiceId = invoice.Id,
                PaymentId = paymentId,
                CreditNoteId = creditNote?.Id,
                Label = CreditLabels.Truncate(label),
                CreatedAt = now,
            });
        }
    }

    /// <summary>What an invoice's payments exceed of its total less its credit notes (0 when they do not).</summary>
    public static decimal Owed(decimal total, decimal creditNotes, decimal payments) => Math.Max(0, payments - Math.Max(0, total - creditNotes));

    /// <summary>What each service's lines cost, in service order (<see cref="InvoiceLineServices"/>: lines whose service is not found are left out).</summary>
    private async Task<List<(int StructureId, decimal Share)>> SharesAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var services = await lineServices.ReadAsync([.. invoice.Lines.Select(l => (invoice.FamilyId, l))], cancellationToken);
        return [.. invoice.Lines.Select(l => (StructureId: services[l], l.Amount)).Where(l => l.StructureId != InvoiceLineServices.Unknown)
            .GroupBy(l => l.StructureId).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.Amount)))];
    }
}
