using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Debtors;

namespace DossierFamille.Web.Features.BillingState;

/// <summary>
/// What belongs to one paying account (decision 9: wallets and invoices are an account's own): its services' balances,
/// its invoices left to pay (oldest due first) and, when it is a debtor, its overdue invoices.
/// </summary>
public sealed record AccountBillingState(string UserId, string Holder, IReadOnlyList<ServiceBalance> Services, IReadOnlyList<InvoiceSummary> Unpaid, AccountDebt? Debt)
{
    public decimal Wallet => Services.Sum(s => s.Wallet);

    public decimal UnpaidTotal => Services.Sum(s => s.Unpaid);

    public decimal Credit => Services.Sum(s => s.Credit);

    public decimal Balance => Services.Sum(s => s.Balance);
}
