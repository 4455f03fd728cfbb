using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Messages.Emails;

/// <summary>Tells a parent the mairie answered their message (the answer itself is read on the portal).</summary>
public sealed record MairieAnswerEmail(string AuthorName, string MessageSubject, string Url) : EmailModel<MairieAnswerEmailTemplate>
{
    public override string Subject => $"Réponse de la mairie : {MessageSubject}";
}
