namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// One thing the parents still have to do, in French, with the portal page where they do it, and the
/// responsable it belongs to (a fiche famille, a declared autre responsable; null: the children's,
/// shared). Separated parents are told only what their account reaches (<see cref="Families.AccountScope.ReachesOwner"/>).
/// </summary>
public sealed record ProgressItem(string Label, string Path, int? OwnerResponsableId = null);
