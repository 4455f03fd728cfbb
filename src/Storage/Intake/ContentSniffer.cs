using System.Text;

namespace DossierFamille.Storage.Intake;

/// <summary>Decides the type of an upload from its content, never from its name or declared type.</summary>
internal static class ContentSniffer
{
    public const int HeaderLength = 1024;

    public static DocumentKind Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return DocumentKind.Pdf;
        }

        if (header.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return DocumentKind.Jpeg;
        }

        if (header.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DocumentKind.Png;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return DocumentKind.WebP;
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return DocumentKind.Heic;
        }

        return SniffOther(header);
    }

    public static string ContentTypeOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Jpeg => "image/jpeg",
        DocumentKind.Png => "image/png",
        DocumentKind.WebP => "image/webp",
        DocumentKind.Heic => "image/heic",
        _ => "application/octet-stream",
    };

    /// <summary>The file extensions that may name content of this kind.</summary>
    public static IReadOnlyList<string> ExtensionsOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => [".pdf"],
        DocumentKind.Jpeg => [".jpg", ".jpeg", ".jpe", ".jfif"],
        DocumentKind.Png => [".png"],
        DocumentKind.WebP => [".webp"],
        _ => [],
    };

    private static DocumentKind SniffOther(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("PK"u8) || header.StartsWith("Rar!"u8) || header.StartsWith("7z"u8) || header.StartsWith((byte[])[0x1F, 0x8B]))
        {
            return DocumentKind.Zip;
        }

        if (header.StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentKind.OfficeLegacy;
        }

        if (header.StartsWith((byte[])[0x7F, 0x45, 0x4C, 0x46]) || header.StartsWith("MZ"u8) || header.StartsWith((byte[])[0xCF, 0xFA, 0xED, 0xFE]))
        {
            return DocumentKind.Executable;
        }

        var text = Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith("#!", StringComparison.Ordinal))
        {
            return DocumentKind.Script;
        }

        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return DocumentKind.Svg;
        }

        return text.StartsWith('<') && (text.Contains("<html", StringComparison.Ordinal) || text.Contains("<script", StringComparison.Ordinal) || text.Contains("<!doctype", StringComparison.Ordinal) || text.Contains("<body", StringComparison.Ordinal))
            ? DocumentKind.Html
            : DocumentKind.Unknown;
    }
}
