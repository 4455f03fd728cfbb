namespace DossierFamille.Storage.Blobs;

/// <summary>Configuration section <c>Blobs</c>.</summary>
public sealed class BlobStoreOptions
{
    public const string SectionName = "Blobs";

    public BlobProvider Provider { get; set; } = BlobProvider.Local;

    /// <summary>Folder of the local store, relative to the content root when not absolute.</summary>
    public string LocalPath { get; set; } = "App_Data/blobs";

    /// <summary>Azure Storage connection string (required when <see cref="Provider"/> is Azure).</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "documents";
}
