namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// A parent's request for a copy of their data (right of access, article 15 RGPD): built in the
/// background by the "Copie des données" workflow into one zip file, downloadable by the same
/// account only, until <see cref="ExpiresAt"/>. The nightly purge deletes it (row and file) once expired.
/// </summary>
public sealed class DataCopy
{
    /// <summary>How long the download link works once the copy is ready.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public Guid Id { get; set; }

    public int FamilyId { get; set; }

    /// <summary>The account that asked, the only one that may download it.</summary>
    public required string UserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? ReadyAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public string? BlobName { get; private set; }

    public long Size { get; private set; }

    public bool IsReady => BlobName is not null;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    public void MarkReady(string blobName, long size, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        BlobName = blobName;
        Size = size;
        ReadyAt = now;
        ExpiresAt = now + Validity;
    }
}
