using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Invoicing.Emails;

/// <summary>An invoice (or credit note: <paramref name="KindName"/>, "la facture") sent on request with its PDF attached.</summary>
public sealed record InvoiceSentEmail(string HolderName, string KindName, string Number, string IssueDate, string Total, string Url) : EmailModel<InvoiceSentEmailTemplate>
{
    public override string Subject => InvoiceMails.SentSubject(Number);
}
