using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Campaigns.Emails;

/// <summary>
/// A campaign email to one responsable: the subject and paragraphs the workflow gives (edited in the designer), then what
/// remains to do for that account, and the link to the dossier.
/// </summary>
public sealed record CampaignEmail(string MailSubject, string Name, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> ToDo, string Url) : EmailModel<CampaignEmailTemplate>
{
    public override string Subject => MailSubject;
}
