using System.Globalization;

namespace DossierFamille.Storage.Intake;

/// <summary>Refusal messages for parents: what went wrong, then what to do next.</summary>
internal static class RefusalMessages
{
    public static RefusedDocument TooManyFiles(string name, int maxFiles) => new(name, RefusalReason.TooManyFiles,
        $"Le fichier « {name} » n'a pas été ajouté : cette pièce contient déjà {maxFiles} fichiers, le maximum. "
        + "Supprimez un fichier de la pièce, ou regroupez plusieurs pages dans un seul PDF.");

    public static RefusedDocument Empty(string name) => new(name, RefusalReason.Empty,
        $"Le fichier « {name} » est vide. Vérifiez que le document s'ouvre sur votre appareil, puis envoyez-le à nouveau.");

    public static RefusedDocument PdfTooLarge(string name, long maxBytes) => new(name, RefusalReason.TooLarge,
        $"Le fichier « {name} » dépasse {Kilo(maxBytes)} ko, la taille maximale d'un fichier. "
        + "Pour le réduire : numérisez-le en 150 ppp ou en noir et blanc, choisissez « taille réduite » ou « PDF optimisé » en l'enregistrant, "
        + "ou envoyez les pages en plusieurs fichiers.");

    public static RefusedDocument UploadTooLarge(string name, long maxUploadBytes) => new(name, RefusalReason.TooLarge,
        $"Le fichier « {name} » est beaucoup trop volumineux (plus de {maxUploadBytes / 1_000_000} Mo). "
        + "Prenez la photo en qualité standard ou faites une capture d'écran du document, puis envoyez-la.");

    public static RefusedDocument Heic(string name) => new(name, RefusalReason.UnsupportedType,
        $"La photo « {name} » est au format HEIC, que nous ne pouvons pas lire. "
        + "Sur iPhone, choisissez Réglages > Appareil photo > Formats > « Le plus compatible », ou envoyez une capture d'écran de la photo.");

    public static RefusedDocument Unsupported(string name, bool claimsAcceptedType) => new(name, RefusalReason.UnsupportedType,
        (claimsAcceptedType
            ? $"Le fichier « {name} » n'est pas un vrai PDF ni une image : son contenu ne correspond pas à son nom. "
            : $"Le fichier « {name} » n'est pas accepté : seuls les PDF et les images JPEG ou PNG le sont. ")
        + "Enregistrez votre document au format PDF (menu « Imprimer » > « Enregistrer en PDF ») ou prenez-le en photo, puis envoyez-le.");

    public static RefusedDocument NameMismatch(string name, string actualExtension) => new(name, RefusalReason.ContentDoesNotMatchName,
        $"Le nom du fichier « {name} » ne correspond pas à son contenu (c'est un fichier {actualExtension}). "
        + $"Renommez-le avec l'extension {actualExtension} ou enregistrez-le à nouveau, puis envoyez-le.");

    public static RefusedDocument CorruptPdf(string name) => new(name, RefusalReason.CorruptPdf,
        $"Le fichier « {name} » est endommagé ou incomplet et ne peut pas être ouvert. "
        + "Vérifiez qu'il s'ouvre sur votre appareil, enregistrez-le à nouveau en PDF, puis envoyez-le.");

    public static RefusedDocument EncryptedPdf(string name) => new(name, RefusalReason.EncryptedPdf,
        $"Le fichier « {name} » est protégé par un mot de passe. "
        + "Ouvrez-le, puis enregistrez-en une copie sans protection (menu « Imprimer » > « Enregistrer en PDF ») et envoyez cette copie.");

    public static RefusedDocument ActivePdf(string name) => new(name, RefusalReason.ActivePdfContent,
        $"Le fichier « {name} » contient du code (JavaScript ou lancement de programme), ce qui n'est pas accepté. "
        + "Ouvrez-le et enregistrez-en une copie avec « Imprimer » > « Enregistrer en PDF », puis envoyez cette copie.");

    public static RefusedDocument PdfWithAttachments(string name) => new(name, RefusalReason.PdfAttachment,
        $"Le fichier « {name} » contient des pièces jointes (d'autres fichiers cachés dans le PDF), ce qui n'est pas accepté. "
        + "Ouvrez-le et enregistrez-en une copie avec « Imprimer » > « Enregistrer en PDF », puis envoyez cette copie.");

    public static RefusedDocument CorruptImage(string name) => new(name, RefusalReason.CorruptImage,
        $"L'image « {name} » est endommagée ou incomplète et ne peut pas être lue. Reprenez la photo, puis envoyez-la.");

    public static RefusedDocument ImageTooLarge(string name, int width, int height) => new(name, RefusalReason.ImageDimensionsTooLarge,
        $"L'image « {name} » est trop grande ({width.ToString(CultureInfo.InvariantCulture)} × {height.ToString(CultureInfo.InvariantCulture)} pixels). "
        + "Envoyez une photo prise en qualité standard ou une capture d'écran du document.");

    public static RefusedDocument ImageCannotFit(string name, long maxBytes) => new(name, RefusalReason.TooLarge,
        $"L'image « {name} » ne peut pas être réduite sous {Kilo(maxBytes)} ko. Envoyez une photo plus simple ou le document au format PDF.");

    public static RefusedDocument Infected(string name) => new(name, RefusalReason.Infected,
        $"Le fichier « {name} » contient un virus : il a été refusé et n'a pas été enregistré. "
        + "Analysez votre appareil avec un antivirus, puis envoyez un document sain.");

    public static RefusedDocument AntivirusUnavailable(string name) => new(name, RefusalReason.AntivirusUnavailable,
        $"Le fichier « {name} » n'a pas pu être vérifié par l'antivirus pour le moment. Réessayez dans quelques minutes.");

    public static RefusedDocument StorageFailed(string name) => new(name, RefusalReason.StorageFailed,
        $"Le fichier « {name} » n'a pas pu être enregistré à la suite d'un incident technique. Réessayez dans quelques minutes.");

    private static string Kilo(long bytes) => (bytes / 1024).ToString(CultureInfo.InvariantCulture);
}
