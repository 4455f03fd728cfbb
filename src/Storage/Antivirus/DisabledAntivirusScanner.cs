namespace DossierFamille.Storage.Antivirus;

/// <summary>Used when no clamd is configured (embedded development set-up).</summary>
internal sealed class DisabledAntivirusScanner : IAntivirusScanner
{
    public Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Task.FromResult(ScanVerdict.Clean);
}
