using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>An account's own invoices and credit notes: a separated parent never reaches the other's (decision 9); a couple shares them.</summary>
internal sealed class InvoiceReader(AppDbContext db, InvoiceIssuer issuer, InvoiceBalances balances)
{
    /// <summary>Newest first, each with what is left to pay and where it stands today.</summary>
    public async Task<List<InvoiceSummary>> ListAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var invoices = await Owned(scope).AsNoTracking().OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        return Summaries(invoices, await balances.OfAsync([.. invoices.Select(i => i.Id)], cancellationToken));
    }

    /// <summary>What is left to pay, the soonest due first.</summary>
    public async Task<List<InvoiceSummary>> UnpaidAsync(AccountScope scope, CancellationToken cancellationToken) =>
        [.. (await ListAsync(scope, cancellationToken)).Where(i => i.Due > 0).OrderBy(i => i.Invoice.DueDate)];

    public async Task<InvoiceSummary?> FindAsync(AccountScope scope, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var invoice = await Owned(scope).AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return invoice is null ? null : Summaries([invoice], await balances.OfAsync([id], cancellationToken))[0];
    }

    private IQueryable<Invoice> Owned(AccountScope scope) => scope.Owned(db.Invoices, i => i.FamilyId, i => i.UserId);

    private List<InvoiceSummary> Summaries(List<Invoice> invoices, Dictionary<long, InvoiceBalance> deducted)
    {
        var today = issuer.Today;
        return [.. invoices.Select(i => InvoiceSummary.Of(i, deducted.GetValueOrDefault(i.Id) ?? InvoiceBalance.None, today))];
    }
}
