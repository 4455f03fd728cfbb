using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Messages.Emails;

/// <summary>Tells the mairie a family wrote through "Contacter la mairie".</summary>
public sealed record NewFamilyMessageEmail(string AuthorName, string MessageSubject, string Body, string Url) : EmailModel<NewFamilyMessageEmailTemplate>
{
    public override string Subject => $"Nouveau message d'une famille : {MessageSubject}";
}
