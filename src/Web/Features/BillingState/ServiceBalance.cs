namespace DossierFamille.Web.Features.BillingState;

/// <summary>
/// One service (structure) of one paying account in the État facturation: its porte-monnaie balance, its share of what is
/// left to pay of the account's invoices (<see cref="InvoiceShares"/>; how many invoices, the oldest due date), its trop
/// payé and the resulting balance (negative: the account owes it).
/// </summary>
public sealed record ServiceBalance(string Service, decimal Wallet, decimal Unpaid, int Invoices, DateOnly? OldestDueDate, decimal Credit)
{
    public decimal Balance => Wallet + Credit - Unpaid;
}
