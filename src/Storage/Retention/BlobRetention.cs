using DossierFamille.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Retention;

internal sealed class BlobRetention(IBlobStore store, IOptions<BlobRetentionOptions> options, TimeProvider timeProvider) : IBlobRetention
{
    public async Task<RetentionPurgeResult> PurgePrefixAsync(string prefix, DateTimeOffset closedOn, CancellationToken cancellationToken = default)
    {
        BlobNames.EnsureValidPrefix(prefix);
        var dueOn = closedOn + options.Value.Delay;
        if (timeProvider.GetUtcNow() < dueOn)
        {
            return new RetentionPurgeResult(false, dueOn, 0);
        }

        var folder = prefix.TrimEnd('/') + "/";
        var names = new List<string>();
        await foreach (var blob in store.ListAsync(folder, cancellationToken))
        {
            names.Add(blob.Name);
        }

        return new RetentionPurgeResult(true, dueOn, await DeleteAllAsync(names, cancellationToken));
    }

    public async Task<RetentionPurgeResult> PurgeAsync(IReadOnlyCollection<string> blobNames, DateTimeOffset closedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobNames);
        var dueOn = closedOn + options.Value.Delay;
        if (timeProvider.GetUtcNow() < dueOn)
        {
            return new RetentionPurgeResult(false, dueOn, 0);
        }

        var names = blobNames.Where(BlobNames.IsValid)
            .SelectMany(name => BlobNames.IsThumbnail(name) ? [name] : new[] { name, BlobNames.ThumbnailOf(name) });
        return new RetentionPurgeResult(true, dueOn, await DeleteAllAsync(names, cancellationToken));
    }

    private async Task<int> DeleteAllAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var name in names)
        {
            if (await store.DeleteAsync(name, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }
}
