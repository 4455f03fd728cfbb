namespace DossierFamille.Storage.Tests.Blobs;

/// <summary>The same contract against Azurite (DF_TEST_AZURITE, started by ./test.sh).</summary>
public sealed class AzureBlobStoreTests() : BlobStoreContract(azure: true);
