using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Accounts.Emails;

/// <summary>The link to choose a new password, sent on "Mot de passe oublié".</summary>
public sealed record PasswordResetEmail(string DisplayName, string UserName, string Url) : EmailModel<PasswordResetEmailTemplate>
{
    public override string Subject => "Réinitialiser votre mot de passe";
}
