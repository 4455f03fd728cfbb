namespace DossierFamille.Storage.Intake;

/// <summary>Limits of one piece (pièce justificative); defaults come from the communes' manuals.</summary>
/// <param name="MaxFiles">Files a piece may hold in total.</param>
/// <param name="MaxBytes">Largest stored file, in bytes (2,048,000 = 2000 ko).</param>
/// <param name="AlreadyStored">Files the piece already holds before this upload.</param>
public sealed record PieceLimits(int MaxFiles = 4, long MaxBytes = 2_048_000, int AlreadyStored = 0)
{
    public static PieceLimits Default { get; } = new();

    /// <summary>
    /// The refusal of an accepted file that found the piece full when its row was written (another
    /// upload took the last place meanwhile); the caller deletes its blobs.
    /// </summary>
    public RefusedDocument PieceFull(AcceptedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RefusalMessages.TooManyFiles(document.DisplayName, MaxFiles);
    }
}
