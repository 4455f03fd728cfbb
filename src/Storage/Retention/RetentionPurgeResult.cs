namespace DossierFamille.Storage.Retention;

/// <param name="Due">False when the retention delay has not elapsed: nothing was deleted.</param>
/// <param name="DueOn">When the documents may be purged.</param>
/// <param name="Deleted">Blobs deleted (thumbnails included).</param>
public sealed record RetentionPurgeResult(bool Due, DateTimeOffset DueOn, int Deleted);
