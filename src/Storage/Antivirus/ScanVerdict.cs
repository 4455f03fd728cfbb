namespace DossierFamille.Storage.Antivirus;

internal enum ScanOutcome
{
    Clean,
    Infected,
    Unavailable,
}

/// <param name="Signature">The virus name reported by the scanner, or the error when unavailable.</param>
internal sealed record ScanVerdict(ScanOutcome Outcome, string? Signature = null)
{
    public static ScanVerdict Clean { get; } = new(ScanOutcome.Clean);
}
