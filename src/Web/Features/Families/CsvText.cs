using System.Text;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// The text of an uploaded CSV file: UTF-8 (with or without BOM) or, as Excel saves "CSV (séparateur : point-virgule)" on
/// Windows, Windows-1252. Decoding is strict, so that a name never gets a replacement character ("Agn�s"): a file in another encoding is refused.
/// </summary>
public static class CsvText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>The decoded text, or null when the file is in neither encoding.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Excel's Windows-1252, unless the bytes it leaves undefined (read as C1 controls) show another encoding.
            var text = Windows1252.GetString(bytes);
            return text.Any(c => c is >= '\u0080' and <= '\u009F') ? null : text;
        }
    }
}
