namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// A file whose row was deleted, waiting to be removed from the blob store. Written in the same
/// transaction as the row's deletion; removed once the file is gone, in a later step.
/// </summary>
public sealed class BlobDeletion
{
    public long Id { get; set; }

    public required string BlobName { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}
