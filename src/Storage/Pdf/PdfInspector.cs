using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace DossierFamille.Storage.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and decides whether it can be accepted: it must open, not be
/// encrypted, end with %%EOF (truncated uploads do not) and carry no JavaScript nor launch
/// action in any of its objects.
/// </summary>
internal static class PdfInspector
{
    private static readonly HashSet<string> ActiveKeys = new(StringComparer.Ordinal) { "JS", "JavaScript", "Launch" };

    public static PdfVerdict Inspect(ReadOnlyMemory<byte> content)
    {
        if (!EndsWithEofMarker(content.Span))
        {
            return new PdfVerdict(PdfProblem.Corrupt);
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted || document.Structure.Trailer.EncryptionToken is not null)
            {
                return new PdfVerdict(PdfProblem.Encrypted);
            }

            var pages = document.NumberOfPages;
            if (pages < 1)
            {
                return new PdfVerdict(PdfProblem.Corrupt);
            }

            return HasActiveContent(document) ? new PdfVerdict(PdfProblem.ActiveContent) : new PdfVerdict(PdfProblem.None, pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfVerdict(PdfProblem.Encrypted);
        }
#pragma warning disable CA1031 // PdfPig reports malformed input through many exception types; each means "corrupt".
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new PdfVerdict(PdfProblem.Corrupt);
        }
    }

    private static bool EndsWithEofMarker(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - 1024)..];
        return content.StartsWith("%PDF-"u8) && tail.LastIndexOf("%%EOF"u8) >= 0;
    }

    private static bool HasActiveContent(PdfDocument document)
    {
        var structure = document.Structure;
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = structure.GetObject(reference);
            if (token is not null && IsActive(token.Data, 0))
            {
                return true;
            }
        }

        return IsActive(structure.Catalog.CatalogDictionary, 0);
    }

    private static bool IsActive(IToken token, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        switch (token)
        {
            case StreamToken stream:
                return IsActive(stream.StreamDictionary, depth + 1);
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (ActiveKeys.Contains(key) || (value is NameToken name && ActiveKeys.Contains(name.Data)) || IsActive(value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case ArrayToken array:
                return array.Data.Any(item => IsActive(item, depth + 1));
            default:
                return false;
        }
    }
}
