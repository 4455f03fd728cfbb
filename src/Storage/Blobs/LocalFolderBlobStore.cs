using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Blobs;

/// <summary>
/// The embedded store: one file per blob under a root folder, with a JSON sidecar for content
/// type, hash and metadata. A blob is written to a temporary file and moved into place, so a
/// reader never sees half a file.
/// </summary>
internal sealed class LocalFolderBlobStore(string rootPath, TimeProvider timeProvider) : IBlobStore
{
    private const string SidecarSuffix = ".meta.json";
    private const string TempFolder = ".tmp";

    private readonly string root = Path.GetFullPath(rootPath);

    public async Task<BlobPutResult> PutAsync(Stream content, string contentType, BlobPutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var (name, metadata, temp) = Prepare(options);
        try
        {
            var written = await WriteTempAsync(content, temp, cancellationToken);
            return await PlaceAsync(temp, name, contentType, written, metadata, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public IPendingBlob BeginPut(ReadOnlyMemory<byte> content, string contentType, BlobPutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var (name, metadata, temp) = Prepare(options);
        var writing = Task.Run(
            async () =>
            {
                using var stream = BinaryData.FromBytes(content).ToStream();
                return await WriteTempAsync(stream, temp, cancellationToken);
            },
            cancellationToken);
        return new LocalPendingBlob(writing, temp, written => PlaceAsync(temp, name, contentType, written, metadata, cancellationToken));
    }

    public async Task<BlobContent?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!BlobNames.IsValid(name) || !File.Exists(PathOf(name)))
        {
            return null;
        }

        var info = await ReadInfoAsync(name, cancellationToken);
        try
        {
            var stream = new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return new BlobContent(stream, info);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!BlobNames.IsValid(name))
        {
            return Task.FromResult(false);
        }

        var path = PathOf(name);
        var existed = File.Exists(path);
        File.Delete(path);
        File.Delete(path + SidecarSuffix);
        return Task.FromResult(existed);
    }

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(BlobNames.IsValid(name) && File.Exists(PathOf(name)));

    public async IAsyncEnumerable<BlobInfo> ListAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!BlobNames.IsValid(name) || (prefix is not null && !name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            BlobInfo info;
            try
            {
                info = await ReadInfoAsync(name, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            yield return info;
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var probe = Path.Combine(root, TempFolder, "health-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.GetDirectoryName(probe)!);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy($"Local blob folder {root} is writable."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Local blob folder {root} is not writable.", exception));
        }
    }

    private (string Name, Dictionary<string, string> Metadata, string Temp) Prepare(BlobPutOptions? options)
    {
        var name = options?.ThumbnailOf is { } owner ? BlobNames.ThumbnailOf(owner) : BlobNames.Generate(options?.Prefix);
        var metadata = BlobMetadata.Encode(options?.Metadata);
        var temp = Path.Combine(root, TempFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(name))!);
        return (name, metadata, temp);
    }

    private static async Task<LocalBlobWrite> WriteTempAsync(Stream content, string temp, CancellationToken cancellationToken)
    {
        using var hashing = new HashingReadStream(content);
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await hashing.CopyToAsync(file, cancellationToken);
        }

        return new LocalBlobWrite(hashing.BytesRead, hashing.FinishHash());
    }

    /// <summary>Writes the sidecar, then moves the written file into place: a reader never sees half a blob.</summary>
    private async Task<BlobPutResult> PlaceAsync(string temp, string name, string contentType, LocalBlobWrite written, Dictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var target = PathOf(name);
        var sidecar = new LocalBlobSidecar(contentType, written.Size, written.Sha256, timeProvider.GetUtcNow(), metadata);
        await File.WriteAllTextAsync(target + SidecarSuffix, JsonSerializer.Serialize(sidecar), cancellationToken);
        File.Move(temp, target);
        return new BlobPutResult(name, sidecar.Size, sidecar.Sha256, contentType);
    }

    private async Task<BlobInfo> ReadInfoAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path + SidecarSuffix))
        {
            var json = await File.ReadAllTextAsync(path + SidecarSuffix, cancellationToken);
            var sidecar = JsonSerializer.Deserialize<LocalBlobSidecar>(json)
                ?? throw new InvalidDataException($"Blob sidecar of '{name}' is empty.");
            return new BlobInfo(name, sidecar.Size, sidecar.ContentType, sidecar.Sha256, sidecar.CreatedOn, BlobMetadata.Decode(sidecar.Metadata));
        }

        var file = new FileInfo(path);
        return new BlobInfo(name, file.Length, "application/octet-stream", null, file.CreationTimeUtc, new Dictionary<string, string>());
    }

    private string PathOf(string name)
    {
        BlobNames.EnsureValid(name);
        return Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar));
    }
}
