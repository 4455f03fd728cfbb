namespace DossierFamille.Web.Features.Settings;

/// <summary>What makes a pièce justificative required, from the content of the fiche.</summary>
public enum PieceCondition
{
    Toujours,
    RegimeCafOuMsa,
    SalarieAvecEmployeur,
    Divorce,
    Vaccine,
    NonVaccine,
    Traitement,
    Pai,
}
