namespace DossierFamille.Workflows.Persistence;

public enum HumanTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
