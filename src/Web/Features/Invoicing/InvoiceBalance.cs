namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// What was deducted from an invoice: its credit notes and its payments (online, at the mairie, and the trop payé deducted
/// at issue, of which <see cref="TropPaye"/> tells how much), in euros.
/// </summary>
public sealed record InvoiceBalance(decimal Credited, decimal Paid, decimal TropPaye)
{
    public static InvoiceBalance None { get; } = new(0, 0, 0);

    /// <summary>What is left to pay of <paramref name="total"/> (never below zero: an overpayment leaves nothing to pay).</summary>
    public decimal LeftOf(decimal total) => Math.Max(0, total - Credited - Paid);
}
