namespace DossierFamille.Storage.Blobs;

/// <param name="Prefix">
/// Folder-like prefix chosen by the host (for example a campaign, so that its documents can be
/// purged together): lowercase letters, digits and dashes, segments separated by '/'.
/// </param>
/// <param name="Metadata">Free metadata; keys are letters, digits and underscores.</param>
/// <param name="ThumbnailOf">Stores a thumbnail of this existing blob; its name is derived from the owner's.</param>
public sealed record BlobPutOptions(
    string? Prefix = null,
    IReadOnlyDictionary<string, string>? Metadata = null,
    string? ThumbnailOf = null);
