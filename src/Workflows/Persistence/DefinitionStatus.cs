namespace DossierFamille.Workflows.Persistence;

public enum DefinitionStatus
{
    Draft,
    Published,
    Superseded,
    Retracted,
}
