using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Debtors;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.BillingState;

/// <summary>
/// The État facturation of a family for the gestionnaires: per paying account (each responsable with an account: wallets
/// and invoices are an account's own, decision 9), per service (a structure, as the porte-monnaie counts them), the
/// porte-monnaie balance (<see cref="WalletReader"/>), the share of the invoices left to pay (<see cref="InvoiceShares"/>),
/// the trop payé (<see cref="CreditReader"/>) and the balance; the debtor state is <see cref="DebtorAccounts"/>' own. An
/// invoice line's service is <see cref="InvoiceLineServices"/>' (the mapping the trop payé uses too).
/// </summary>
internal sealed class BillingStateReader(AppDbContext db, WalletReader wallets, InvoiceBalances balances, InvoiceIssuer issuer, DebtorAccounts debtors, CreditReader credits, InvoiceLineServices lineServices)
{
    private const int Unknown = InvoiceLineServices.Unknown;

    public async Task<FamilyBillingState> ReadAsync(Family family, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(family);
        var invoices = await db.Invoices.AsNoTracking().AsSplitQuery().Include(i => i.Lines)
            .Where(i => i.FamilyId == family.Id && i.Kind == InvoiceKind.Facture && i.PaidAt == null).ToListAsync(cancellationToken);
        var deducted = await balances.OfAsync([.. invoices.Select(i => i.Id)], cancellationToken);
        var today = issuer.Today;
        var unpaid = invoices.Select(i => InvoiceSummary.Of(i, deducted[i.Id], today)).Where(s => s.Due > 0)
            .OrderBy(s => s.Invoice.DueDate).ThenBy(s => s.Invoice.Id).ToList();
        var services = await lineServices.ReadAsync([.. unpaid.SelectMany(s => s.Invoice.Lines.Select(l => (s.Invoice.FamilyId, l)))], cancellationToken);
        var shares = unpaid.ToDictionary(s => s.Invoice.Id, s => InvoiceShares.Split(s.Due, s.Invoice.Lines.Select(l => (services[l], l.Amount))));
        var owed = await credits.BalancesAsync(family.Id, null, cancellationToken);

        // Each responsable's account, then any other account with an invoice of the family (named by the invoice).
        var accounts = family.Responsables.Where(r => r.UserId is not null).OrderBy(r => r.Id).Select(r => (UserId: r.UserId!, Holder: r.FullName)).ToList();
        var others = unpaid.Where(s => accounts.TrueForAll(a => a.UserId != s.Invoice.UserId))
            .GroupBy(s => s.Invoice.UserId).Select(g => (g.Key, g.First().Invoice.HolderName)).ToList();
        accounts.AddRange(others);
        var states = new List<AccountBillingState>();
        var names = new Dictionary<int, string> { [Unknown] = "Service non retrouvé" };
        foreach (var (userId, holder) in accounts)
        {
            var own = unpaid.Where(s => s.Invoice.UserId == userId).ToList();
            var purses = await wallets.ListAsync(family.Id, userId, cancellationToken);
            var back = owed.Where(c => c.UserId == userId).ToList();
            foreach (var (id, name) in purses.Select(w => (w.StructureId, w.Service)).Concat(back.Select(c => (c.StructureId, c.Service))))
            {
                names[id] = name;
            }

            var ids = purses.Select(w => w.StructureId).Union(back.Select(c => c.StructureId)).Union(own.SelectMany(s => shares[s.Invoice.Id].Keys)).ToList();
            await NameAsync(names, ids, cancellationToken);
            var rows = ids.Select(id =>
                {
                    var billed = own.Where(s => shares[s.Invoice.Id].ContainsKey(id)).ToList();
                    return new ServiceBalance(names[id], purses.Where(w => w.StructureId == id).Sum(w => w.Balance), billed.Sum(s => shares[s.Invoice.Id][id]),
                        billed.Count, billed.Count == 0 ? null : billed.Min(s => s.Invoice.DueDate), back.Where(c => c.StructureId == id).Sum(c => c.Balance));
                })
                .OrderBy(r => r.Service, StringComparer.CurrentCulture).ToList();
            states.Add(new AccountBillingState(userId, holder, rows, own, await debtors.OfAccountAsync(family.Id, userId, cancellationToken)));
        }

        return new FamilyBillingState(family.ParentsSeparated, states);
    }

    private async Task NameAsync(Dictionary<int, string> names, List<int> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !names.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var structure in await db.Structures.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            {
                names[structure.Id] = structure.Name;
            }
        }
    }
}
