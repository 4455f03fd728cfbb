using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Rgpd.Emails;

/// <summary>The link to the copy of one's data, with when it was asked and until when it can be downloaded (commune time, written).</summary>
public sealed record DataCopyReadyEmail(string RequestedAt, string ExpiresAt, string Url) : EmailModel<DataCopyReadyEmailTemplate>
{
    public override string Subject => "Votre copie de données est prête";
}
