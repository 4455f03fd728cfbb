namespace DossierFamille.Web.Features.Email;

public enum EmailMode
{
    Files,
    Smtp,
}
