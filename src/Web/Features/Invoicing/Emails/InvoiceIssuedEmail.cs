using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Invoicing.Emails;

/// <summary>
/// "A new invoice is on the portal": number, month, total and due date, already written in French; with what the
/// account's trop payé paid of it at issue (<see cref="TropPaye"/>, null when nothing), what is left to pay, and whether
/// the trop payé paid it whole.
/// </summary>
public sealed record InvoiceIssuedEmail(string HolderName, string Number, string Month, string Total, string DueDate, string Url, string? TropPaye, string Left, bool Settled) : EmailModel<InvoiceIssuedEmailTemplate>
{
    public override string Subject => InvoiceMails.IssuedSubject;
}
