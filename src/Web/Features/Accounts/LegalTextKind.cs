namespace DossierFamille.Web.Features.Accounts;

public enum LegalTextKind
{
    Rgpd,
    Cgu,
}
