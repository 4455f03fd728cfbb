namespace DossierFamille.Web.Features.Dossier;

/// <summary>A transmitted fiche waiting in the gestionnaires' work queue.</summary>
public sealed record ReviewQueueItem(int FicheId, string Title, FicheKind Kind, int FamilyId, string FamilyName, DateTimeOffset TransmittedAt, Guid TaskId, Guid InstanceId);
