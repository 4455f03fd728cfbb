namespace DossierFamille.Web.Features.Dossier;

/// <summary>Filters of the work queue: structure, fiche type, minimum waiting days.</summary>
public sealed record ReviewQueueFilter(int? StructureId, FicheKind? Kind, int? MinWaitingDays);
