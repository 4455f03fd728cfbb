using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Debtors;

/// <summary>
/// Debtors: an account with an invoice still to pay more than the admin's threshold (<see cref="InvoicingSettings.DebtorDaysAfterDue"/>)
/// after its due date cannot book. Whose debt it is follows the invoices (decision 9): an invoice is its paying account's,
/// so when the parents are separated only that account is a debtor and the other parent books as before; a couple shares
/// its invoices, so both its accounts are. Read at each request from the invoices and their payments and credit notes:
/// a payment (online or at the mairie) lifts it at once.
/// </summary>
internal sealed class DebtorAccounts(AppDbContext db, InvoiceBalances balances, InvoiceIssuer issuer)
{
    /// <summary>The account's overdue invoices as they stand now; null when it is no debtor.</summary>
    public async Task<AccountDebt?> OfAccountAsync(int familyId, string userId, CancellationToken cancellationToken)
    {
        // One query (it runs on every calendar page): the invoices past due today, each with the admin's threshold (0 to
        // 365 days), kept when due before today minus the threshold. Most accounts have none.
        var today = issuer.Today;
        var separated = db.Families.Where(f => f.Id == familyId && f.ParentsSeparated);
        var pastDue = await Overdue(today).Where(i => i.FamilyId == familyId && (i.UserId == userId || !separated.Any()))
            .Select(i => new { i.Id, i.Number, i.DueDate, i.Total, Days = db.InvoicingSettings.Select(s => (int?)s.DebtorDaysAfterDue).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var candidates = pastDue.Where(i => i.DueDate < today.AddDays(-(i.Days ?? InvoicingSettings.DefaultDebtorDays))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var deducted = await balances.OfAsync([.. candidates.Select(c => c.Id)], cancellationToken);
        var overdue = candidates.Select(c => new OverdueInvoice(c.Id, c.Number, c.DueDate, deducted[c.Id].LeftOf(c.Total)))
            .Where(i => i.Due > 0).OrderBy(i => i.DueDate).ThenBy(i => i.Id).ToList();
        return overdue.Count == 0 ? null : new AccountDebt(overdue);
    }

    /// <summary>Every debtor account, the oldest debt first.</summary>
    public async Task<List<DebtorRow>> ListAsync(CancellationToken cancellationToken)
    {
        var limit = await LimitAsync(cancellationToken);
        var invoices = await Overdue(limit).Join(db.Families, i => i.FamilyId, f => f.Id, (i, f) => new { i.Id, i.FamilyId, FamilyName = f.Name, i.FamilyReference, i.UserId, i.HolderName, i.DueDate, i.Total })
            .ToListAsync(cancellationToken);
        var deducted = await balances.OfAsync([.. invoices.Select(i => i.Id)], cancellationToken);
        return [.. invoices.Select(i => (Invoice: i, Due: deducted[i.Id].LeftOf(i.Total))).Where(x => x.Due > 0)
            .GroupBy(x => (x.Invoice.FamilyId, x.Invoice.UserId))
            .Select(g =>
            {
                var newest = g.MaxBy(x => x.Invoice.Id).Invoice;
                return new DebtorRow(g.Key.FamilyId, newest.FamilyName, newest.FamilyReference, g.Key.UserId, newest.HolderName, g.Count(), g.Sum(x => x.Due), g.Min(x => x.Invoice.DueDate));
            })
            .OrderBy(r => r.OldestDueDate).ThenBy(r => r.FamilyName, StringComparer.CurrentCulture)];
    }

    /// <summary>Invoices not marked paid whose due date is before <paramref name="limit"/>.</summary>
    private IQueryable<Invoice> Overdue(DateOnly limit) =>
        db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Facture && i.PaidAt == null && i.DueDate < limit);

    /// <summary>Today minus the threshold: an invoice due before it, still to pay, makes a debtor.</summary>
    private async Task<DateOnly> LimitAsync(CancellationToken cancellationToken)
    {
        var days = await db.InvoicingSettings.AsNoTracking().Select(s => (int?)s.DebtorDaysAfterDue).SingleOrDefaultAsync(cancellationToken) ?? InvoicingSettings.DefaultDebtorDays;
        return issuer.Today.AddDays(-days);
    }
}
