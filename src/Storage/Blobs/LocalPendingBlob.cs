namespace DossierFamille.Storage.Blobs;

/// <summary>A blob being written to the local store's temporary folder; committing moves it into place.</summary>
internal sealed class LocalPendingBlob(Task<LocalBlobWrite> writing, string temp, Func<LocalBlobWrite, Task<BlobPutResult>> place) : IPendingBlob
{
    public async Task<BlobPutResult> CommitAsync(CancellationToken cancellationToken = default) =>
        await place(await writing.WaitAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await writing;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            // Nothing was placed; the temporary file is removed below whatever happened to the write.
        }

        File.Delete(temp);
    }
}
