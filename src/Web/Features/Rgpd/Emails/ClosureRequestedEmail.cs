using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Rgpd.Emails;

/// <summary>Tells the mairie a parent asked to close their account.</summary>
public sealed record ClosureRequestedEmail(string AccountName, string Url) : EmailModel<ClosureRequestedEmailTemplate>
{
    public override string Subject => "Demande de fermeture de compte";
}
