using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Rgpd.Emails;

/// <summary>Tells a parent the mairie refused to close their account, and why.</summary>
public sealed record ClosureRefusedEmail(string Motif, string Url) : EmailModel<ClosureRefusedEmailTemplate>
{
    public override string Subject => "Votre demande de fermeture de compte";
}
