namespace DossierFamille.Web.Features.Dossier;

/// <summary>Where a family stands in a campaign: what its parents still have to do, and each child's completeness.</summary>
public sealed record FamilyProgress(int FamilyId, IReadOnlyList<ProgressItem> ToDo, IReadOnlyList<ChildProgress> Children)
{
    public bool HasToDo => ToDo.Count > 0;
}
