using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>Invoices as staff read them (every family's): searched, or one with its payments and credit notes.</summary>
internal sealed class StaffInvoices(AppDbContext db, InvoiceBalances balances, InvoiceIssuer issuer)
{
    private const int Shown = 50;

    /// <summary>The newest invoices (50 at most) of a family, or matching a number, a family name or reference, a holder's name.</summary>
    public async Task<List<InvoiceSummary>> SearchAsync(string? text, int? familyId, CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Facture);
        if (familyId is { } family)
        {
            invoices = invoices.Where(i => i.FamilyId == family);
        }

        if (text?.Trim().ToLowerInvariant() is { Length: > 0 } term)
        {
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL LOWER() on the three providers; the culture and StringComparison overloads are not translatable.
            var families = db.Families.Where(f => f.Name.ToLower().Contains(term) || f.Reference.ToLower() == term).Select(f => f.Id);
            invoices = invoices.Where(i => i.Number.ToLower() == term || i.HolderName.ToLower().Contains(term) || families.Contains(i.FamilyId));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var found = await invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).Take(Shown).ToListAsync(cancellationToken);
        var deducted = await balances.OfAsync([.. found.Select(i => i.Id)], cancellationToken);
        var today = issuer.Today;
        return [.. found.Select(i => InvoiceSummary.Of(i, deducted[i.Id], today))];
    }

    public async Task<StaffInvoice?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == id && i.Kind == InvoiceKind.Facture, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var family = await db.Families.AsNoTracking().Where(f => f.Id == invoice.FamilyId).Select(f => new { f.Name, f.ParentsSeparated }).SingleAsync(cancellationToken);
        var payments = await db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == id).OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedAt).ToListAsync(cancellationToken);
        var notes = await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var balance = new InvoiceBalance(notes.Sum(n => n.Total), payments.Sum(p => p.Amount), payments.Where(p => p.Mode == InvoicePaymentMode.TropPaye).Sum(p => p.Amount));
        return new StaffInvoice(InvoiceSummary.Of(invoice, balance, issuer.Today), family.Name, family.ParentsSeparated, payments, notes);
    }
}
