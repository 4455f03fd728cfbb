namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// One invoice or credit note as the lists show it: what is left to pay once its credit notes and payments (online and at
/// the mairie, <see cref="InvoicePayment"/>) are deducted, what the account's trop payé paid of it at issue, and where it
/// stands.
/// </summary>
public sealed record InvoiceSummary(Invoice Invoice, decimal Due, InvoiceState State, decimal TropPaye)
{
    public static InvoiceSummary Of(Invoice invoice, InvoiceBalance balance, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(balance);
        var due = invoice.Kind == InvoiceKind.Avoir || invoice.IsPaid ? 0 : Math.Max(0, invoice.Total - balance.Credited - balance.Paid);
        var state = invoice.Kind == InvoiceKind.Avoir ? InvoiceState.Avoir
            : due == 0 ? InvoiceState.Payee
            : today > invoice.DueDate ? InvoiceState.EnRetard
            : InvoiceState.APayer;
        return new InvoiceSummary(invoice, due, state, balance.TropPaye);
    }

    public string StateLabel => State switch
    {
        InvoiceState.Payee => "Payée",
        InvoiceState.EnRetard => "En retard",
        InvoiceState.Avoir => "Avoir",
        _ => "À payer",
    };
}
