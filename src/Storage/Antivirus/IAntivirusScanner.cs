namespace DossierFamille.Storage.Antivirus;

internal interface IAntivirusScanner
{
    Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
