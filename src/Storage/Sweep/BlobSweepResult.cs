namespace DossierFamille.Storage.Sweep;

/// <param name="Examined">Blobs old enough to be considered.</param>
/// <param name="Deleted">Blobs deleted because no row references them (or their owner).</param>
public sealed record BlobSweepResult(int Examined, int Deleted);
