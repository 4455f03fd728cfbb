namespace DossierFamille.Storage.Retention;

/// <summary>
/// RGPD retention: the host decides which documents belong together (for example a campaign's
/// prefix) and when that set was closed; blobs are deleted only once the configured delay has
/// elapsed since <c>closedOn</c>. Delete the rows first, then purge.
/// </summary>
public interface IBlobRetention
{
    /// <summary>Purges every blob under <paramref name="prefix"/> (as given in <c>IntakeRequest.BlobPrefix</c>).</summary>
    Task<RetentionPurgeResult> PurgePrefixAsync(string prefix, DateTimeOffset closedOn, CancellationToken cancellationToken = default);

    /// <summary>Purges the named blobs and their thumbnails.</summary>
    Task<RetentionPurgeResult> PurgeAsync(IReadOnlyCollection<string> blobNames, DateTimeOffset closedOn, CancellationToken cancellationToken = default);
}
