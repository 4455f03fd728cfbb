namespace DossierFamille.Storage.Blobs;

/// <summary>
/// Content being written under a name no reader sees yet (see <see cref="IBlobStore.BeginPut"/>).
/// <see cref="CommitAsync"/> makes it a blob; disposing it uncommitted discards what was written.
/// </summary>
public interface IPendingBlob : IAsyncDisposable
{
    /// <summary>Waits for the write to finish, then publishes the blob under its generated name.</summary>
    Task<BlobPutResult> CommitAsync(CancellationToken cancellationToken = default);
}
