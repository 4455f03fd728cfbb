namespace DossierFamille.Web.Features.Children;

public enum ChildRequestStatus
{
    EnAttente,
    Acceptee,
    Refusee,
}
