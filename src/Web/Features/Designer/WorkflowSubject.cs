namespace DossierFamille.Web.Features.Designer;

/// <summary>What an instance is about, e.g. "Fiche enfant – Léa Martin" of the family MARTIN.</summary>
public sealed record WorkflowSubject(string Label, int FamilyId, string FamilyName);
