using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Invoicing.Emails;

/// <summary>"A new invoice is on the portal": number, month, total and due date, already written in French.</summary>
public sealed record InvoiceIssuedEmail(string HolderName, string Number, string Month, string Total, string DueDate, string Url) : EmailModel<InvoiceIssuedEmailTemplate>
{
    public override string Subject => InvoiceMails.IssuedSubject;
}
