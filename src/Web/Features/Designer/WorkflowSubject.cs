namespace DossierFamille.Web.Features.Designer;

/// <summary>What an instance is about, e.g. "Fiche enfant – Léa Martin" of the family MARTIN, and the staff page about it if any.</summary>
public sealed record WorkflowSubject(string Label, int FamilyId, string FamilyName, string? Url = null);
