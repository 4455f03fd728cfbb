using DossierFamille.Storage.Antivirus;
using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Images;
using DossierFamille.Storage.Pdf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Intake;

/// <summary>
/// One file through the pipeline: sniff the type from the first bytes, read no further than the
/// limit, scan with the antivirus, check the PDF or re-encode the image, then store.
/// </summary>
internal sealed class FileIntake(IBlobStore store, IAntivirusScanner antivirus, IOptions<IntakeOptions> options, ILogger<FileIntake> logger)
{
    private readonly IntakeOptions settings = options.Value;

    public async Task<IntakeResult> ProcessAsync(IncomingFile file, PieceLimits limits, string? blobPrefix, CancellationToken cancellationToken)
    {
        var name = FileNameSanitizer.Sanitize(file.FileName);
        using var upload = new UploadBuffer();
        var result = await CheckAndStoreAsync(file, name, upload, limits, blobPrefix, cancellationToken);
        switch (result)
        {
            case RefusedDocument refused:
                IntakeLog.Refused(logger, refused.DisplayName, refused.Reason, file.DeclaredContentType);
                break;
            case AcceptedDocument accepted:
                IntakeLog.Accepted(logger, accepted.DisplayName, accepted.BlobName, accepted.ContentType, accepted.Size);
                break;
        }

        return result;
    }

    private async Task<IntakeResult> CheckAndStoreAsync(IncomingFile file, string name, UploadBuffer upload, PieceLimits limits, string? blobPrefix, CancellationToken cancellationToken)
    {
        await upload.FillAsync(file.Content, ContentSniffer.HeaderLength, cancellationToken);
        if (upload.Length == 0)
        {
            return RefusalMessages.Empty(name);
        }

        var kind = ContentSniffer.Sniff(upload.Memory.Span);
        var extension = FileNameSanitizer.ExtensionOf(name);
        if (kind is not (DocumentKind.Pdf or DocumentKind.Jpeg or DocumentKind.Png or DocumentKind.WebP))
        {
            // Scanned anyway (up to the piece's limit) so that malware is reported and logged as such.
            await upload.FillAsync(file.Content, limits.MaxBytes, cancellationToken);
            if (await ScanAsync(name, upload, cancellationToken) is { } infected)
            {
                return infected;
            }

            return kind == DocumentKind.Heic
                ? RefusalMessages.Heic(name)
                : RefusalMessages.Unsupported(name, claimsAcceptedType: IsAcceptedExtension(extension));
        }

        var extensions = ContentSniffer.ExtensionsOf(kind);
        if (extension.Length > 0 && !extensions.Contains(extension))
        {
            return RefusalMessages.NameMismatch(name, extensions[0]);
        }

        var cap = kind == DocumentKind.Pdf ? limits.MaxBytes : settings.MaxUploadBytes;
        await upload.FillAsync(file.Content, cap + 1, cancellationToken);
        if (upload.Length > cap)
        {
            return kind == DocumentKind.Pdf ? RefusalMessages.PdfTooLarge(name, limits.MaxBytes) : RefusalMessages.UploadTooLarge(name, settings.MaxUploadBytes);
        }

        var displayName = extension.Length == 0 ? name + extensions[0] : name;
        if (kind == DocumentKind.Pdf)
        {
            return await StorePdfAsync(name, displayName, upload, blobPrefix, cancellationToken);
        }

        return await ScanAsync(name, upload, cancellationToken) is { } refused
            ? refused
            : await StoreImageAsync(displayName, upload, limits, blobPrefix, cancellationToken);
    }

    private async Task<RefusedDocument?> ScanAsync(string name, UploadBuffer upload, CancellationToken cancellationToken)
    {
        var verdict = await antivirus.ScanAsync(upload.Memory, cancellationToken);
        switch (verdict.Outcome)
        {
            case ScanOutcome.Infected:
                IntakeLog.Infected(logger, name, verdict.Signature);
                return RefusalMessages.Infected(name);
            case ScanOutcome.Unavailable:
                IntakeLog.AntivirusUnavailable(logger, name, verdict.Signature);
                return RefusalMessages.AntivirusUnavailable(name);
            default:
                return null;
        }
    }

    /// <summary>
    /// A PDF is stored as it came, so its upload starts at once, to a name nobody can read, while the
    /// antivirus and the PDF checks run; it is committed only when both accept it.
    /// </summary>
    private async Task<IntakeResult> StorePdfAsync(string name, string displayName, UploadBuffer upload, string? blobPrefix, CancellationToken cancellationToken)
    {
        await using var pending = store.BeginPut(upload.Memory, "application/pdf", new BlobPutOptions(blobPrefix), cancellationToken);
        if (await ScanAsync(name, upload, cancellationToken) is { } infected)
        {
            return infected;
        }

        var verdict = PdfInspector.Inspect(upload.Memory);
        switch (verdict.Problem)
        {
            case PdfProblem.Corrupt:
                return RefusalMessages.CorruptPdf(displayName);
            case PdfProblem.Encrypted:
                return RefusalMessages.EncryptedPdf(displayName);
            case PdfProblem.ActiveContent:
                return RefusalMessages.ActivePdf(displayName);
            case PdfProblem.EmbeddedFiles:
                return RefusalMessages.PdfWithAttachments(displayName);
        }

        var stored = await TryStoreAsync(displayName, () => pending.CommitAsync(cancellationToken));
        return stored is null
            ? RefusalMessages.StorageFailed(displayName)
            : new AcceptedDocument(displayName, stored.Name, stored.ContentType, stored.Size, stored.Sha256, verdict.PageCount, null, null, null);
    }

    private async Task<IntakeResult> StoreImageAsync(string name, UploadBuffer upload, PieceLimits limits, string? blobPrefix, CancellationToken cancellationToken)
    {
        var imageLimits = new ImageLimits(settings.MaxImagePixels, settings.MaxImageSide, settings.MaxImageLongSide, settings.ThumbnailLongSide);
        var image = ImageNormalizer.Normalize(upload.Memory.Span, limits.MaxBytes, imageLimits);
        switch (image.Problem)
        {
            case ImageProblem.Corrupt:
                return RefusalMessages.CorruptImage(name);
            case ImageProblem.TooManyPixels:
                return RefusalMessages.ImageTooLarge(name, image.Width, image.Height);
            case ImageProblem.CannotFit:
                return RefusalMessages.ImageCannotFit(name, limits.MaxBytes);
        }

        var displayName = image.ContentType == "image/png" ? name : Path.ChangeExtension(name, ".jpg");
        using var content = new MemoryStream(image.Content!, writable: false);
        var stored = await TryPutAsync(displayName, content, image.ContentType!, new BlobPutOptions(blobPrefix), cancellationToken);
        if (stored is null)
        {
            return RefusalMessages.StorageFailed(displayName);
        }

        using var thumbnailContent = new MemoryStream(image.Thumbnail!, writable: false);
        var thumbnail = await TryPutAsync(displayName, thumbnailContent, "image/jpeg", new BlobPutOptions(ThumbnailOf: stored.Name), cancellationToken);
        if (thumbnail is null)
        {
            await store.DeleteAsync(stored.Name, CancellationToken.None);
            return RefusalMessages.StorageFailed(displayName);
        }

        return new AcceptedDocument(displayName, stored.Name, stored.ContentType, stored.Size, stored.Sha256, null, image.Width, image.Height, thumbnail.Name);
    }

    private Task<BlobPutResult?> TryPutAsync(string displayName, Stream content, string contentType, BlobPutOptions options, CancellationToken cancellationToken) =>
        TryStoreAsync(displayName, () => store.PutAsync(content, contentType, options, cancellationToken));

    private async Task<BlobPutResult?> TryStoreAsync(string displayName, Func<Task<BlobPutResult>> put)
    {
        try
        {
            return await put();
        }
#pragma warning disable CA1031 // Any storage failure becomes a typed refusal the parent can read, never an error page.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            IntakeLog.StorageFailed(logger, exception, displayName);
            return null;
        }
    }

    private static bool IsAcceptedExtension(string extension) =>
        extension.Length > 0
        && new[] { DocumentKind.Pdf, DocumentKind.Jpeg, DocumentKind.Png, DocumentKind.WebP }.Any(kind => ContentSniffer.ExtensionsOf(kind).Contains(extension));
}
