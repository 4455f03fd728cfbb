namespace DossierFamille.Web.Features.Reglements;

/// <summary>A version of a structure's règlement intérieur (a PDF). A new version asks every family to sign again.</summary>
public sealed class Reglement
{
    public int Id { get; set; }

    public int StructureId { get; set; }

    public int Version { get; set; }

    public required string BlobName { get; set; }

    public required string Sha256 { get; set; }

    public long Size { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }
}
