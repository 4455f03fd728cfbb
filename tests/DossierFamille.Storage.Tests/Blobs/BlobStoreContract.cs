using System.Security.Cryptography;
using DossierFamille.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Storage.Tests.Blobs;

/// <summary>The behaviour both stores share; run once per store by the derived classes.</summary>
public abstract class BlobStoreContract(bool azure) : StoreTestBase(azure)
{
    [Fact]
    public async Task Put_then_read_returns_the_same_bytes_hash_type_and_metadata()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var metadata = new Dictionary<string, string> { ["piece"] = "Attestation d'assurance « été »" };

        var put = await Store.PutAsync(new MemoryStream(bytes), "application/pdf", new BlobPutOptions("campagne-2026", metadata));

        Assert.Equal(bytes.Length, put.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), put.Sha256);
        await using var read = await Store.OpenReadAsync(put.Name);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal("application/pdf", read.Info.ContentType);
        Assert.Equal(put.Sha256, read.Info.Sha256);
        Assert.Equal("Attestation d'assurance « été »", read.Info.Metadata["piece"]);
    }

    [Fact]
    public async Task A_pending_blob_is_seen_by_nobody_until_committed()
    {
        var bytes = RandomNumberGenerator.GetBytes(2_000_000);

        BlobPutResult put;
        await using (var pending = Store.BeginPut(bytes, "application/pdf", new BlobPutOptions("pending-2026")))
        {
            Assert.Empty(await ListAsync("pending-2026"));
            put = await pending.CommitAsync();
        }

        Assert.StartsWith("pending-2026/", put.Name, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), put.Sha256);
        var listed = Assert.Single(await ListAsync("pending-2026"));
        Assert.Equal((put.Name, bytes.Length, put.Sha256, "application/pdf"), (listed.Name, listed.Size, listed.Sha256, listed.ContentType));
        await using var read = await Store.OpenReadAsync(put.Name);
        using var copy = new MemoryStream();
        await read!.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_forward_only_stream_is_hashed_while_it_is_stored()
    {
        var bytes = RandomNumberGenerator.GetBytes(5_000_000);

        var put = await Store.PutAsync(new ForwardOnlyStream(bytes), "image/jpeg");

        Assert.Equal(bytes.Length, put.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), put.Sha256);
        var listed = Assert.Single(await ListAsync(null), blob => blob.Name == put.Name);
        Assert.Equal(put.Sha256, listed.Sha256);
        Assert.Equal(bytes.Length, listed.Size);
    }

    [Fact]
    public async Task Names_are_generated_under_the_prefix_and_thumbnails_derive_from_their_owner()
    {
        var first = await Store.PutAsync(new MemoryStream([1]), "image/png", new BlobPutOptions("c-2026/family-7"));
        var second = await Store.PutAsync(new MemoryStream([2]), "image/png", new BlobPutOptions("c-2026/family-7"));
        var thumbnail = await Store.PutAsync(new MemoryStream([3]), "image/jpeg", new BlobPutOptions(ThumbnailOf: first.Name));

        Assert.StartsWith("c-2026/family-7/", first.Name, StringComparison.Ordinal);
        Assert.NotEqual(first.Name, second.Name);
        Assert.Equal(first.Name + "-thumb", thumbnail.Name);
        Assert.Equal(first.Name, BlobNames.OwnerOf(thumbnail.Name));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("Campagne")]
    [InlineData("a//b")]
    public async Task A_prefix_that_is_not_a_plain_folder_name_is_rejected(string prefix)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(new MemoryStream([1]), "application/pdf", new BlobPutOptions(prefix)));
        Assert.Empty(await AllBlobNamesAsync());
    }

    [Fact]
    public async Task Delete_removes_the_blob_once_and_exists_follows()
    {
        var put = await Store.PutAsync(new MemoryStream([1, 2, 3]), "application/pdf");

        Assert.True(await Store.ExistsAsync(put.Name));
        Assert.True(await Store.DeleteAsync(put.Name));
        Assert.False(await Store.DeleteAsync(put.Name));
        Assert.False(await Store.ExistsAsync(put.Name));
        Assert.Null(await Store.OpenReadAsync(put.Name));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("a.meta.json")]
    [InlineData("")]
    public async Task Names_the_store_did_not_generate_are_never_found(string name)
    {
        Assert.False(await Store.ExistsAsync(name));
        Assert.Null(await Store.OpenReadAsync(name));
        Assert.False(await Store.DeleteAsync(name));
    }

    [Fact]
    public async Task List_filters_by_prefix()
    {
        var inside = await Store.PutAsync(new MemoryStream([1]), "application/pdf", new BlobPutOptions("p-1"));
        var outside = await Store.PutAsync(new MemoryStream([2]), "application/pdf", new BlobPutOptions("p-2"));

        var listed = (await ListAsync("p-1/")).Select(blob => blob.Name).ToList();

        Assert.Equal([inside.Name], listed);
        Assert.Contains(outside.Name, await AllBlobNamesAsync());
    }

    [Fact]
    public async Task Creation_time_comes_from_the_time_provider()
    {
        var put = await Store.PutAsync(new MemoryStream([1]), "application/pdf");

        var listed = Assert.Single(await ListAsync(null), blob => blob.Name == put.Name);
        Assert.Equal(Time.GetUtcNow(), listed.CreatedOn);
    }

    [Fact]
    public async Task Health_check_reports_healthy()
    {
        var health = await Store.CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    private async Task<List<BlobInfo>> ListAsync(string? prefix)
    {
        var blobs = new List<BlobInfo>();
        await foreach (var blob in Store.ListAsync(prefix))
        {
            blobs.Add(blob);
        }

        return blobs;
    }
}
