namespace DossierFamille.Web.Features.Email;

/// <summary>A rendered email: French subject, HTML body and its text alternative.</summary>
public sealed record EmailContent(string Subject, string HtmlBody, string TextBody);
