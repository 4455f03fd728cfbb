namespace DossierFamille.Web.Features.Families;

/// <summary>One line of the export of the families' dossier state for a campaign (headers in French, see DossierStateExport).</summary>
internal sealed record DossierStateRow(
    string Reference,
    string Famille,
    string Responsables,
    int Enfants,
    int FichesATransmettre,
    int FichesTransmises,
    int FichesAcceptees,
    int FichesRefusees,
    int EnfantsDossierComplet);
