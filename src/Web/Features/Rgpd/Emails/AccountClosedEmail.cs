using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Rgpd.Emails;

/// <summary>The last email of a closed account: what was erased, what the other parent keeps, what the law keeps.</summary>
public sealed record AccountClosedEmail(bool WholeFamily) : EmailModel<AccountClosedEmailTemplate>
{
    public override string Subject => "Votre compte est fermé";
}
