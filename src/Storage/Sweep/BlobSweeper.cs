using DossierFamille.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Sweep;

/// <summary>
/// One pass of the orphan sweep: blobs older than the grace period whose owner (the blob itself,
/// or the original of a thumbnail) no row references are deleted.
/// </summary>
internal sealed class BlobSweeper(IBlobStore store, IServiceScopeFactory scopes, IOptions<BlobSweepOptions> options, TimeProvider timeProvider)
{
    public async Task<BlobSweepResult> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = timeProvider.GetUtcNow() - settings.GracePeriod;
        var (examined, deleted) = (0, 0);
        var batch = new List<string>(settings.BatchSize);
        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<IBlobReferenceSource>();
        await foreach (var blob in store.ListAsync(cancellationToken: cancellationToken))
        {
            if (blob.CreatedOn > cutoff)
            {
                continue;
            }

            examined++;
            batch.Add(blob.Name);
            if (batch.Count == settings.BatchSize)
            {
                deleted += await DeleteUnreferencedAsync(source, batch, cancellationToken);
                batch.Clear();
            }
        }

        deleted += await DeleteUnreferencedAsync(source, batch, cancellationToken);
        return new BlobSweepResult(examined, deleted);
    }

    private async Task<int> DeleteUnreferencedAsync(IBlobReferenceSource source, List<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return 0;
        }

        var owners = names.Select(BlobNames.OwnerOf).Distinct(StringComparer.Ordinal).ToList();
        var referenced = await source.FilterReferencedAsync(owners, cancellationToken);
        var deleted = 0;
        foreach (var name in names.Where(name => !referenced.Contains(BlobNames.OwnerOf(name))))
        {
            if (await store.DeleteAsync(name, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }
}
