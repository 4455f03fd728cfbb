namespace DossierFamille.Workflows.Http;

public sealed record NodeStatistics(string ActivityId, int Completed, int Running, int Waiting, int Faulted);
