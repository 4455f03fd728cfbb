namespace DossierFamille.Web.Features.Email;

/// <summary>A file attached to an email, read from the blob store when the email is sent.</summary>
public sealed record EmailAttachment(string FileName, string BlobName);
