using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Children.Emails;

/// <summary>Tells the mairie a parent asked to change a child's details or declared a new child.</summary>
public sealed record NewChildRequestEmail(string RequesterName, string Child, ChildRequestKind Kind, string Url) : EmailModel<NewChildRequestEmailTemplate>
{
    public override string Subject => Kind == ChildRequestKind.NouvelEnfant ? $"Nouvel enfant déclaré : {Child}" : $"Demande de modification : {Child}";
}
