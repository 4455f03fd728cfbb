namespace DossierFamille.Web.Features.Rgpd;

public enum DocumentAccessKind
{
    /// <summary>A file of a pièce justificative, downloaded or shown in the review page.</summary>
    Piece,

    /// <summary>The fiche sanitaire of a fiche enfant (vaccinations, allergies, treatment, PAI).</summary>
    Sante,
}
