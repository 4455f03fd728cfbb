namespace DossierFamille.Storage.Intake;

/// <summary>A stored document. Write the row that references <see cref="BlobName"/> (and the thumbnail) now.</summary>
/// <param name="ContentType">Decided from the content (application/pdf, image/jpeg or image/png).</param>
/// <param name="Size">Stored bytes.</param>
/// <param name="Sha256">Lowercase hexadecimal SHA-256 of the stored bytes.</param>
/// <param name="PageCount">Pages of a PDF; null for images.</param>
/// <param name="Width">Stored image width in pixels (after orientation); null for PDFs.</param>
/// <param name="Height">Stored image height in pixels (after orientation); null for PDFs.</param>
/// <param name="ThumbnailBlobName">JPEG thumbnail of an image; null for PDFs.</param>
public sealed record AcceptedDocument(
    string DisplayName,
    string BlobName,
    string ContentType,
    long Size,
    string Sha256,
    int? PageCount,
    int? Width,
    int? Height,
    string? ThumbnailBlobName) : IntakeResult(DisplayName);
