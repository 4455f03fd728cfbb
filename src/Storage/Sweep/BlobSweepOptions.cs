namespace DossierFamille.Storage.Sweep;

/// <summary>Configuration section <c>Blobs:Sweep</c>.</summary>
public sealed class BlobSweepOptions
{
    public const string SectionName = "Blobs:Sweep";

    /// <summary>A blob younger than this is never swept: its row may not be committed yet.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Blob names sent to <see cref="IBlobReferenceSource"/> at a time.</summary>
    public int BatchSize { get; set; } = 500;
}
