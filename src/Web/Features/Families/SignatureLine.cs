namespace DossierFamille.Web.Features.Families;

/// <summary>
/// A règlement signature of the family, whether it is for the structure's current version, and the
/// parent whose account alone reaches it (parents separated; null otherwise).
/// </summary>
public sealed record SignatureLine(long Id, string ChildName, string StructureName, int Version, bool IsCurrentVersion, string SchoolYear, string SignerName, string Place, string SignedOn, DateTimeOffset RecordedAt, string? PrivateTo);
