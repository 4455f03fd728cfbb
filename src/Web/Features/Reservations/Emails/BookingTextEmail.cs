using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Reservations.Emails;

/// <summary>
/// A booking email in the manuals' text layout (the next-morning report, a promotion from the waiting list, a refusal, a
/// closed day): <paramref name="Body"/> is its plain-text part exactly as composed, and the HTML shows the same lines.
/// </summary>
public sealed record BookingTextEmail(string MailSubject, string Body) : EmailModel<BookingTextEmailTemplate>
{
    public override string Subject => MailSubject;

    public override string? Text => Body;
}
