namespace DossierFamille.Web.Features.Dossier;

public enum FicheKind
{
    /// <summary>Fiche famille of one responsable.</summary>
    Responsable,

    /// <summary>Fiche of one child: assurance, autorisations, fiche sanitaire.</summary>
    Enfant,
}
