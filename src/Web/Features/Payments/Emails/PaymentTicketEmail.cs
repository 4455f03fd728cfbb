using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Payments.Emails;

/// <summary>
/// The ticket of an online payment: amount (already written "12,50 €"), object, reference, date, authorisation, PayFiP
/// operation; or, <see cref="ByTropPaye"/>, of days paid at booking that the account's trop payé paid whole (no card payment).
/// </summary>
public sealed record PaymentTicketEmail(string Amount, string Objet, string Refdet, string PaidAt, string? AuthorisationNumber, string? IdOp, string Url, bool ByTropPaye) : EmailModel<PaymentTicketEmailTemplate>
{
    public override string Subject => $"{PaymentTicket.Subject} : {Amount}";
}
