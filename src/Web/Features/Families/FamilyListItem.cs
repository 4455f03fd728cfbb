namespace DossierFamille.Web.Features.Families;

/// <summary>A family in the gestionnaires' list.</summary>
public sealed record FamilyListItem(int Id, string Reference, string Name, IReadOnlyList<string> Responsables, int Children);
