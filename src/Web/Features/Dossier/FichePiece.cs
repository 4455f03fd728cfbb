namespace DossierFamille.Web.Features.Dossier;

/// <summary>A file of a pièce justificative attached to a fiche, stored through the intake pipeline.</summary>
public sealed class FichePiece
{
    public int Id { get; set; }

    public int FicheId { get; set; }

    public Fiche? Fiche { get; set; }

    /// <summary>The code of the piece rule (<see cref="Settings.PieceRule.Code"/>), e.g. "avis-imposition".</summary>
    public required string PieceCode { get; set; }

    public required string BlobName { get; set; }

    public string? ThumbnailBlobName { get; set; }

    public required string DisplayName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public int? PageCount { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
