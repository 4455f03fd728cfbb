namespace DossierFamille.Storage.Tests.Sweep;

public sealed class LocalFolderBlobSweepTests() : BlobSweepContract(azure: false);
