namespace DossierFamille.Storage.Tests.Retention;

public sealed class LocalFolderBlobRetentionTests() : BlobRetentionContract(azure: false);
