namespace DossierFamille.Storage.Sweep;

/// <summary>
/// Implemented by the host: tells the orphan sweep which blob names are still referenced by a
/// row. Resolved in a fresh scope for each sweep, so it may use a DbContext.
/// </summary>
public interface IBlobReferenceSource
{
    /// <summary>Returns the subset of <paramref name="blobNames"/> that some row references.</summary>
    Task<IReadOnlySet<string>> FilterReferencedAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken);
}
