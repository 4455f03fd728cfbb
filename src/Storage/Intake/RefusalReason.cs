namespace DossierFamille.Storage.Intake;

public enum RefusalReason
{
    TooManyFiles,
    Empty,
    TooLarge,
    UnsupportedType,
    ContentDoesNotMatchName,
    CorruptPdf,
    EncryptedPdf,
    ActivePdfContent,
    PdfAttachment,
    CorruptImage,
    ImageDimensionsTooLarge,
    Infected,
    AntivirusUnavailable,
    StorageFailed,
}
