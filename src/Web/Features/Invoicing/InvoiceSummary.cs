namespace DossierFamille.Web.Features.Invoicing;

/// <summary>One invoice or credit note as the parent's list shows it: what is left to pay once its credit notes are deducted, and where it stands.</summary>
public sealed record InvoiceSummary(Invoice Invoice, decimal Due, InvoiceState State)
{
    public static InvoiceSummary Of(Invoice invoice, decimal credited, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var due = invoice.Kind == InvoiceKind.Avoir || invoice.IsPaid ? 0 : Math.Max(0, invoice.Total - credited);
        var state = invoice.Kind == InvoiceKind.Avoir ? InvoiceState.Avoir
            : due == 0 ? InvoiceState.Payee
            : today > invoice.DueDate ? InvoiceState.EnRetard
            : InvoiceState.APayer;
        return new InvoiceSummary(invoice, due, state);
    }

    public string StateLabel => State switch
    {
        InvoiceState.Payee => "Payée",
        InvoiceState.EnRetard => "En retard",
        InvoiceState.Avoir => "Avoir",
        _ => "À payer",
    };
}
