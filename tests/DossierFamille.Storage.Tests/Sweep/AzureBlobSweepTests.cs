namespace DossierFamille.Storage.Tests.Sweep;

public sealed class AzureBlobSweepTests() : BlobSweepContract(azure: true);
