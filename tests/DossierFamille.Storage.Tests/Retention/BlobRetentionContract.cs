using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Retention;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Tests.Retention;

public abstract class BlobRetentionContract(bool azure) : StoreTestBase(azure)
{
    [Fact]
    public async Task A_campaign_prefix_is_purged_only_once_the_delay_has_elapsed()
    {
        var closedOn = Time.GetUtcNow();
        var document = await Store.PutAsync(new MemoryStream([1]), "application/pdf", new BlobPutOptions("campagne-2025"));
        await Store.PutAsync(new MemoryStream([2]), "image/jpeg", new BlobPutOptions(ThumbnailOf: document.Name));
        var otherCampaign = await Store.PutAsync(new MemoryStream([3]), "application/pdf", new BlobPutOptions("campagne-2025-bis"));
        var retention = Retention();

        var early = await retention.PurgePrefixAsync("campagne-2025", closedOn);
        Time.Advance(TimeSpan.FromDays(366));
        var due = await retention.PurgePrefixAsync("campagne-2025", closedOn);

        Assert.Equal(new RetentionPurgeResult(false, closedOn.AddDays(365), 0), early);
        Assert.Equal(new RetentionPurgeResult(true, closedOn.AddDays(365), 2), due);
        Assert.Equal([otherCampaign.Name], await AllBlobNamesAsync());
    }

    [Fact]
    public async Task Named_documents_are_purged_with_their_thumbnails()
    {
        var purged = await Store.PutAsync(new MemoryStream([1]), "image/jpeg");
        await Store.PutAsync(new MemoryStream([2]), "image/jpeg", new BlobPutOptions(ThumbnailOf: purged.Name));
        var kept = await Store.PutAsync(new MemoryStream([3]), "application/pdf");

        var result = await Retention().PurgeAsync([purged.Name, "../not-a-blob"], Time.GetUtcNow().AddDays(-400));

        Assert.Equal(2, result.Deleted);
        Assert.Equal([kept.Name], await AllBlobNamesAsync());
    }

    private BlobRetention Retention() =>
        new(Store, Options.Create(new BlobRetentionOptions { Delay = TimeSpan.FromDays(365) }), Time);
}
