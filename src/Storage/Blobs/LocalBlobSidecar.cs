namespace DossierFamille.Storage.Blobs;

/// <summary>What the local store keeps next to each blob, in <c>&lt;name&gt;.meta.json</c>.</summary>
internal sealed record LocalBlobSidecar(
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset CreatedOn,
    Dictionary<string, string> Metadata);
