namespace DossierFamille.Web.Features.Dossier;

public static class FicheLabels
{
    public static string Status(FicheStatus status) => status switch
    {
        FicheStatus.Brouillon => "Brouillon",
        FicheStatus.Transmise => "Transmise",
        FicheStatus.Acceptee => "Acceptée",
        FicheStatus.Refusee => "Refusée",
        _ => status.ToString(),
    };

    public static string Kind(FicheKind kind) => kind switch
    {
        FicheKind.Responsable => "Fiche famille",
        FicheKind.Enfant => "Fiche enfant",
        FicheKind.AutreResponsable => "Fiche autre responsable",
        _ => kind.ToString(),
    };
}
