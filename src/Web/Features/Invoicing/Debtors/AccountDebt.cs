namespace DossierFamille.Web.Features.Invoicing.Debtors;

/// <summary>Why an account is a debtor: its overdue invoices, the oldest first.</summary>
public sealed record AccountDebt(IReadOnlyList<OverdueInvoice> Invoices)
{
    /// <summary>What a booking refused for the debt says (the calendar's day, the cart's refusals).</summary>
    public const string BookingRefused = "Votre compte famille est débiteur : réglez vos factures en retard pour réserver.";

    public decimal Total => Invoices.Sum(i => i.Due);

    public DateOnly OldestDueDate => Invoices.Min(i => i.DueDate);
}
