namespace DossierFamille.Web.Features.Families;

/// <summary>One page of families, with the total found.</summary>
public sealed record FamilySearchResult(IReadOnlyList<FamilyListItem> Items, int Total, int Page, int PageCount);
