using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace DossierFamille.Storage.Blobs;

/// <summary>
/// Content staged as the single uncommitted block of a block blob. Committing the block list
/// publishes the blob with its hash; an abandoned block is discarded by an empty commit and a delete.
/// </summary>
internal sealed class AzurePendingBlob(BlockBlobClient blob, Task staging, ReadOnlyMemory<byte> content, string contentType, Dictionary<string, string> metadata) : IPendingBlob
{
    public static readonly string BlockId = Convert.ToBase64String("df-block-00000001"u8);

    // Hashed while the block is on its way and the caller checks the content.
    private readonly Task<string> hashing = Task.Run(() => Convert.ToHexStringLower(SHA256.HashData(content.Span)));
    private bool committed;

    public async Task<BlobPutResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        var sha256 = await hashing.WaitAsync(cancellationToken);
        await staging.WaitAsync(cancellationToken);
        metadata[BlobMetadata.Sha256Key] = sha256;
        await blob.CommitBlockListAsync(
            [BlockId],
            new CommitBlockListOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Metadata = metadata,
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            },
            cancellationToken);
        committed = true;
        return new BlobPutResult(blob.Name, content.Length, sha256, contentType);
    }

    public async ValueTask DisposeAsync()
    {
        if (committed)
        {
            return;
        }

        try
        {
            await hashing;
            await staging;

            // Uncommitted blocks would otherwise stay for a week before the service drops them.
            await blob.CommitBlockListAsync([], new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } });
            await blob.DeleteIfExistsAsync();
        }
        catch (Exception exception) when (exception is RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException)
        {
            // Best effort: a staged block nobody committed can never be read, and expires on its own.
        }
    }
}
