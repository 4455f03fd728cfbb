namespace DossierFamille.Storage.Tests.Retention;

public sealed class AzureBlobRetentionTests() : BlobRetentionContract(azure: true);
