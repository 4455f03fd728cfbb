namespace DossierFamille.Web.Features.Dossier;

/// <summary>A child and, when its dossier of the campaign is complete, since when.</summary>
public sealed record ChildCompletion(int ChildId, string Name, DateTimeOffset? CompletedAt);
