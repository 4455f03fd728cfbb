using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Accounts.Emails;

/// <summary>Tells an account's current addresses that new ones were asked for.</summary>
public sealed record EmailChangeNoticeEmail(string DisplayName, string UserName, IReadOnlyList<string> Added) : EmailModel<EmailChangeNoticeEmailTemplate>
{
    public override string Subject => "Changement d'adresse email demandé";
}
