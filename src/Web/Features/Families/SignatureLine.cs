namespace DossierFamille.Web.Features.Families;

/// <summary>A règlement signature of the family, and whether it is for the structure's current version.</summary>
public sealed record SignatureLine(long Id, string ChildName, string StructureName, int Version, bool IsCurrentVersion, string SchoolYear, string SignerName, string Place, string SignedOn, DateTimeOffset RecordedAt);
