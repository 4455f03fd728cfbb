namespace DossierFamille.Web.Features.Designer;

/// <summary>The instances found (most recent first, at most <see cref="InstanceSearch.PageSize"/>) and the families the filter matched.</summary>
public sealed record InstanceSearchResult(IReadOnlyList<InstanceRow> Rows, IReadOnlyList<FamilyMatch> Families, bool Truncated);
