namespace DossierFamille.Storage.Tests.Blobs;

public sealed class LocalFolderBlobStoreTests() : BlobStoreContract(azure: false);
