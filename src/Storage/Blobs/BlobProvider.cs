namespace DossierFamille.Storage.Blobs;

public enum BlobProvider
{
    Local,
    Azure,
}
