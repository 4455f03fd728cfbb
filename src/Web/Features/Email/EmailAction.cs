namespace DossierFamille.Web.Features.Email;

/// <summary>The button of an email: a French label and an absolute link to the portal.</summary>
public sealed record EmailAction(string Label, string Url);
