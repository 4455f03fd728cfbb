namespace DossierFamille.Web.Features.Dossier;

/// <summary>A child's dossier in a campaign: complete when its fiche enfant, every responsable's fiche famille and every règlement of its structures are done.</summary>
public sealed record ChildProgress(int ChildId, string Name, bool IsComplete);
