using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Accounts.Emails;

/// <summary>Sent to an address being added to an account: it takes effect once its link is followed.</summary>
public sealed record EmailConfirmationEmail(string DisplayName, string UserName, string Address, string Url) : EmailModel<EmailConfirmationEmailTemplate>
{
    public override string Subject => "Confirmez votre adresse email";
}
