using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>What credit notes and payments deducted from each invoice (summed here: SQLite does not sum decimals).</summary>
internal sealed class InvoiceBalances(AppDbContext db)
{
    public async Task<Dictionary<long, InvoiceBalance>> OfAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var credited = await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId != null && ids.Contains(c.CreditedInvoiceId.Value))
            .Select(c => new { Id = c.CreditedInvoiceId!.Value, Amount = c.Total }).ToListAsync(cancellationToken);
        var paid = await db.InvoicePayments.AsNoTracking().Where(p => ids.Contains(p.InvoiceId))
            .Select(p => new { Id = p.InvoiceId, p.Amount, p.Mode }).ToListAsync(cancellationToken);
        return ids.Distinct().ToDictionary(id => id, id => new InvoiceBalance(
            credited.Where(c => c.Id == id).Sum(c => c.Amount),
            paid.Where(p => p.Id == id).Sum(p => p.Amount),
            paid.Where(p => p.Id == id && p.Mode == InvoicePaymentMode.TropPaye).Sum(p => p.Amount)));
    }

    public async Task<InvoiceBalance> OfAsync(long id, CancellationToken cancellationToken) => (await OfAsync([id], cancellationToken))[id];
}
