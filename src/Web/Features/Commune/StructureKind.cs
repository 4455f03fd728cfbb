namespace DossierFamille.Web.Features.Commune;

public enum StructureKind
{
    Ecole,
    AccueilDeLoisirs,
    RestaurantScolaire,
    Creche,
}
