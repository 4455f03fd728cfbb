using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Blobs;

/// <summary>Azure Blob Storage (Azurite in tests and docker-compose) through Azure.Storage.Blobs.</summary>
internal sealed class AzureBlobStore(BlobContainerClient container, TimeProvider timeProvider) : IBlobStore
{
    private volatile bool containerReady;

    public async Task<BlobPutResult> PutAsync(Stream content, string contentType, BlobPutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var (name, metadata) = Prepare(options);
        await EnsureContainerAsync(cancellationToken);
        var blob = container.GetBlobClient(name);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };

        if (content.CanSeek)
        {
            // Hash first so the hash travels with the upload in a single request.
            var start = content.Position;
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
            var size = content.Position - start;
            content.Position = start;
            metadata[BlobMetadata.Sha256Key] = sha256;
            upload.Metadata = metadata;
            await blob.UploadAsync(content, upload, cancellationToken);
            return new BlobPutResult(name, size, sha256, contentType);
        }

        using var hashing = new HashingReadStream(content);
        upload.Metadata = metadata;
        await blob.UploadAsync(hashing, upload, cancellationToken);
        var hash = hashing.FinishHash();
        metadata[BlobMetadata.Sha256Key] = hash;
        await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken);
        return new BlobPutResult(name, hashing.BytesRead, hash, contentType);
    }

    public IPendingBlob BeginPut(ReadOnlyMemory<byte> content, string contentType, BlobPutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var (name, metadata) = Prepare(options);
        var blob = container.GetBlockBlobClient(name);

        // A staged block belongs to no blob until a block list commits it: nobody can read or list it.
        var staging = Task.Run(
            async () =>
            {
                await EnsureContainerAsync(cancellationToken);
                using var stream = BinaryData.FromBytes(content).ToStream();
                await blob.StageBlockAsync(AzurePendingBlob.BlockId, stream, cancellationToken: cancellationToken);
            },
            cancellationToken);
        return new AzurePendingBlob(blob, staging, content, contentType, metadata);
    }

    public async Task<BlobContent?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!BlobNames.IsValid(name))
        {
            return null;
        }

        try
        {
            var response = await container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = response.Value.Details;
            var info = ToInfo(name, details.ContentLength, details.ContentType, details.Metadata, details.CreatedOn);
            return new BlobContent(response.Value.Content, info);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!BlobNames.IsValid(name))
        {
            return false;
        }

        try
        {
            var response = await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!BlobNames.IsValid(name))
        {
            return false;
        }

        var response = await container.GetBlobClient(name).ExistsAsync(cancellationToken);
        return response.Value;
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!await container.ExistsAsync(cancellationToken))
        {
            yield break;
        }

        await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            if (BlobNames.IsValid(item.Name))
            {
                var properties = item.Properties;
                yield return ToInfo(item.Name, properties.ContentLength ?? 0, properties.ContentType, item.Metadata, properties.CreatedOn ?? DateTimeOffset.MinValue);
            }
        }
    }

    public async Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken);
            await container.GetPropertiesAsync(cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy($"Azure blob container '{container.Name}' is reachable.");
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or HttpRequestException)
        {
            containerReady = false;
            return HealthCheckResult.Unhealthy($"Azure blob container '{container.Name}' is not reachable.", exception);
        }
    }

    private static BlobInfo ToInfo(string name, long size, string? contentType, IDictionary<string, string> metadata, DateTimeOffset createdOn)
    {
        var stored = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        stored.TryGetValue(BlobMetadata.Sha256Key, out var sha256);
        if (stored.TryGetValue(BlobMetadata.CreatedKey, out var created)
            && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            createdOn = parsed;
        }

        return new BlobInfo(name, size, contentType ?? "application/octet-stream", sha256, createdOn, BlobMetadata.Decode(stored));
    }

    private (string Name, Dictionary<string, string> Metadata) Prepare(BlobPutOptions? options)
    {
        var name = options?.ThumbnailOf is { } owner ? BlobNames.ThumbnailOf(owner) : BlobNames.Generate(options?.Prefix);
        var metadata = BlobMetadata.Encode(options?.Metadata);
        metadata[BlobMetadata.CreatedKey] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return (name, metadata);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!containerReady)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            containerReady = true;
        }
    }
}
