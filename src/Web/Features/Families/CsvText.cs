using System.Text;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// The text of an uploaded CSV file: UTF-8 (with or without BOM) or, as Excel saves "CSV (séparateur : point-virgule)" on
/// Windows, Windows-1252. Decoding is strict both ways, so that a name never gets a replacement character ("Agn�s").
/// </summary>
public static class CsvText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictWindows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>The decoded text, or null when the file is in neither encoding.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        foreach (var encoding in (ReadOnlySpan<Encoding>)[StrictUtf8, StrictWindows1252])
        {
            try
            {
                return encoding.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Not this encoding: try the next one.
            }
        }

        return null;
    }
}
