using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The lock of one invoice's row, taken by whatever records a payment of it (at the mairie, online) before reading what is
/// paid: a no-op UPDATE whose row lock lasts until the transaction ends. Two payments of the same invoice at once are
/// recorded one after the other, and the second reads the first, so an excess is always seen, and credited once.
/// </summary>
internal sealed class InvoiceLocks(AppDbContext db)
{
    /// <summary>Locks the invoice (not a credit note) inside the caller's transaction; false when there is no such invoice.</summary>
    public async Task<bool> LockAsync(long invoiceId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Le verrou d'une facture ne vaut que dans une transaction.");
        }

        return await db.Invoices.Where(i => i.Id == invoiceId && i.Kind == InvoiceKind.Facture)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.PaidAt, i => i.PaidAt), cancellationToken) == 1;
    }
}
