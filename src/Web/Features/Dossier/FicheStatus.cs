namespace DossierFamille.Web.Features.Dossier;

public enum FicheStatus
{
    Brouillon,
    Transmise,
    Acceptee,
    Refusee,
}
