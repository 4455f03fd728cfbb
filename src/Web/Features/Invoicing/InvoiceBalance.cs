namespace DossierFamille.Web.Features.Invoicing;

/// <summary>What was deducted from an invoice: its credit notes and its payments (online and at the mairie), in euros.</summary>
public sealed record InvoiceBalance(decimal Credited, decimal Paid)
{
    public static InvoiceBalance None { get; } = new(0, 0);

    /// <summary>What is left to pay of <paramref name="total"/> (never below zero: an overpayment leaves nothing to pay).</summary>
    public decimal LeftOf(decimal total) => Math.Max(0, total - Credited - Paid);
}
