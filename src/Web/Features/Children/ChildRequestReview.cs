namespace DossierFamille.Web.Features.Children;

/// <summary>A request as the gestionnaire reviews it: the family, the child as it is now (none for a new child), the school asked for.</summary>
public sealed record ChildRequestReview(ChildRequest Request, string FamilyName, string FamilyReference, ChildDetails? Current, string? School);
