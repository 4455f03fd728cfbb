namespace DossierFamille.Web.Features.Families;

/// <summary>What the mairie hands to a parent: identifiant and temporary password.</summary>
public sealed record IssuedCredential(string FamilyReference, string DisplayName, string UserName, string TemporaryPassword);
