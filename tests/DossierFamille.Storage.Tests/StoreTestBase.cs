using Azure.Storage.Blobs;
using DossierFamille.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Storage.Tests;

/// <summary>
/// Base of every suite that runs against both stores: derived classes pick the store, the tests
/// are written once. Cleans the folder or container afterwards.
/// </summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    private readonly string? root;
    private readonly BlobContainerClient? container;

    protected StoreTestBase(bool azure)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        Store = azure ? StoreKind.Azure(Time, out container) : StoreKind.Local(Time, out root);
    }

    internal FakeTimeProvider Time { get; }

    internal IBlobStore Store { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (root is not null && Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        if (container is not null)
        {
            await container.DeleteIfExistsAsync();
        }
    }

    internal async Task<List<string>> AllBlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Store.ListAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
