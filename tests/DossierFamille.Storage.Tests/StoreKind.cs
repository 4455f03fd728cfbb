using Azure.Storage.Blobs;
using DossierFamille.Storage.Blobs;
using DossierFamille.Testing;

namespace DossierFamille.Storage.Tests;

/// <summary>Creates an empty store of each kind; every test gets its own folder or container.</summary>
internal static class StoreKind
{
    public static IBlobStore Local(TimeProvider time, out string root)
    {
        root = Path.Combine(Path.GetTempPath(), "df-blobs-" + Guid.NewGuid().ToString("N"));
        return new LocalFolderBlobStore(root, time);
    }

    public static IBlobStore Azure(TimeProvider time, out BlobContainerClient container)
    {
        container = new BlobServiceClient(RequiredService.Azurite).GetBlobContainerClient("t" + Guid.NewGuid().ToString("N"));
        return new AzureBlobStore(container, time);
    }
}
