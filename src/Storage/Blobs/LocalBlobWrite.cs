namespace DossierFamille.Storage.Blobs;

/// <summary>A file written to the local store's temporary folder, not yet in place.</summary>
internal sealed record LocalBlobWrite(long Size, string Sha256);
