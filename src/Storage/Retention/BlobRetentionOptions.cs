namespace DossierFamille.Storage.Retention;

/// <summary>Configuration section <c>Blobs:Retention</c>.</summary>
public sealed class BlobRetentionOptions
{
    public const string SectionName = "Blobs:Retention";

    /// <summary>How long documents are kept after the host closes what they belong to (a campaign) before they may be purged.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(365);
}
