using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Payments.Emails;

/// <summary>The ticket of an online payment: amount (already written "12,50 €"), object, reference, date, authorisation, PayFiP operation.</summary>
public sealed record PaymentTicketEmail(string Amount, string Objet, string Refdet, string PaidAt, string? AuthorisationNumber, string? IdOp, string Url) : EmailModel<PaymentTicketEmailTemplate>
{
    public override string Subject => $"{PaymentTicket.Subject} : {Amount}";
}
