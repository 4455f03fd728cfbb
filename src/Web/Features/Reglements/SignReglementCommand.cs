namespace DossierFamille.Web.Features.Reglements;

/// <summary>What the parent submits: the checkbox, name, place, date and time, and where the request came from.</summary>
public sealed record SignReglementCommand(int ChildId, int StructureId, int ReglementId, bool Acknowledged, string? SignerName, string? Place, string? SignedOn, string IpAddress, string UserAgent);
