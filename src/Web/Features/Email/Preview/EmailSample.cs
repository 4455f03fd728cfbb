using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Email.Preview;

/// <summary>One email of the portal with made-up data, for the admins' preview: its key in the address, what it is, who gets it.</summary>
public sealed record EmailSample(string Key, string Name, string Recipient, EmailModel Email);
