using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Reglements.Emails;

/// <summary>Asks an account that signed an earlier version to sign the new règlement for its children.</summary>
public sealed record NewReglementEmail(string Structure, int Version, string Children, string Url) : EmailModel<NewReglementEmailTemplate>
{
    public override string Subject => $"Nouveau règlement intérieur : {Structure}";
}
