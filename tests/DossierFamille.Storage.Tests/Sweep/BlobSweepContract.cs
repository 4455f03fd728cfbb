using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Sweep;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Tests.Sweep;

public abstract class BlobSweepContract(bool azure) : StoreTestBase(azure)
{
    [Fact]
    public async Task Only_old_blobs_that_no_row_references_are_swept_with_their_thumbnails()
    {
        var source = new FixedReferenceSource();
        var kept = await PutAsync();
        var keptThumbnail = await Store.PutAsync(new MemoryStream([1]), "image/jpeg", new BlobPutOptions(ThumbnailOf: kept));
        var orphan = await PutAsync();
        var orphanThumbnail = await Store.PutAsync(new MemoryStream([1]), "image/jpeg", new BlobPutOptions(ThumbnailOf: orphan));
        source.Referenced.Add(kept);
        Time.Advance(TimeSpan.FromHours(25));
        var young = await PutAsync();

        var result = await Sweeper(source, batchSize: 2).SweepOnceAsync(CancellationToken.None);

        Assert.Equal(new BlobSweepResult(Examined: 4, Deleted: 2), result);
        Assert.Equal(new[] { kept, keptThumbnail.Name, young }.Order(StringComparer.Ordinal), (await AllBlobNamesAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(orphanThumbnail.Name, orphan + "-thumb");
        Assert.All(source.Calls, call => Assert.InRange(call.Count, 1, 2));
        Assert.DoesNotContain(source.Calls.SelectMany(call => call), name => name.EndsWith("-thumb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_blob_whose_row_is_not_committed_yet_survives_the_grace_period()
    {
        var pending = await PutAsync();
        Time.Advance(TimeSpan.FromHours(23));

        var result = await Sweeper(new FixedReferenceSource(), batchSize: 100).SweepOnceAsync(CancellationToken.None);

        Assert.Equal(0, result.Deleted);
        Assert.True(await Store.ExistsAsync(pending));
    }

    private async Task<string> PutAsync() =>
        (await Store.PutAsync(new MemoryStream([1, 2, 3]), "application/pdf", new BlobPutOptions("sweep"))).Name;

    private BlobSweeper Sweeper(IBlobReferenceSource source, int batchSize)
    {
        var services = new ServiceCollection().AddScoped(_ => source).BuildServiceProvider();
        var options = Options.Create(new BlobSweepOptions { GracePeriod = TimeSpan.FromHours(24), BatchSize = batchSize });
        return new BlobSweeper(Store, services.GetRequiredService<IServiceScopeFactory>(), options, Time);
    }
}
