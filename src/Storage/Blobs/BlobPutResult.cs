namespace DossierFamille.Storage.Blobs;

/// <param name="Sha256">Lowercase hexadecimal SHA-256 of the stored bytes.</param>
public sealed record BlobPutResult(string Name, long Size, string Sha256, string ContentType);
