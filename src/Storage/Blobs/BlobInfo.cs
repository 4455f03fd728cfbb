namespace DossierFamille.Storage.Blobs;

public sealed record BlobInfo(
    string Name,
    long Size,
    string ContentType,
    string? Sha256,
    DateTimeOffset CreatedOn,
    IReadOnlyDictionary<string, string> Metadata);
