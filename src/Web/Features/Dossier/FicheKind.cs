namespace DossierFamille.Web.Features.Dossier;

public enum FicheKind
{
    /// <summary>Fiche famille of one responsable.</summary>
    Responsable,

    /// <summary>Fiche of one child: assurance, autorisations, fiche sanitaire.</summary>
    Enfant,

    /// <summary>Fiche of another responsable (grand-parent, step-parent…) without an account: contact details and link with each child.</summary>
    AutreResponsable,
}
