using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace DossierFamille.Storage.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and decides whether it can be accepted: it must open without a
/// password (an owner password alone, which only restricts printing or copying, is fine), end
/// with %%EOF (truncated uploads do not) and carry in none of its objects JavaScript, a launch
/// action or an embedded file (EmbeddedFiles name tree, file specification with /EF,
/// FileAttachment annotation).
/// </summary>
internal static class PdfInspector
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal) { "JS", "JavaScript", "Launch" };
    private static readonly HashSet<string> AttachmentNames = new(StringComparer.Ordinal) { "EmbeddedFiles", "EF", "EmbeddedFile", "FileAttachment" };

    public static PdfVerdict Inspect(ReadOnlyMemory<byte> content)
    {
        if (!EndsWithEofMarker(content.Span))
        {
            return new PdfVerdict(PdfProblem.Corrupt);
        }

        try
        {
            // PdfPig opens an encrypted document with the empty user password or throws PdfDocumentEncryptedException.
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = document.NumberOfPages;
            if (pages < 1)
            {
                return new PdfVerdict(PdfProblem.Corrupt);
            }

            var problem = FindProblem(document);
            return problem == PdfProblem.None ? new PdfVerdict(PdfProblem.None, pages) : new PdfVerdict(problem);
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

    private static PdfProblem FindProblem(PdfDocument document)
    {
        var structure = document.Structure;
        var tokens = structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(reference => structure.GetObject(reference)?.Data)
            .OfType<IToken>()
            .Append(structure.Catalog.CatalogDictionary);
        var attached = false;
        foreach (var token in tokens)
        {
            if (Contains(token, ActiveNames, 0))
            {
                return PdfProblem.ActiveContent;
            }

            attached = attached || Contains(token, AttachmentNames, 0);
        }

        return attached ? PdfProblem.EmbeddedFiles : PdfProblem.None;
    }

    /// <summary>True when a key, or a name value, of <paramref name="names"/> appears in the token or below it.</summary>
    private static bool Contains(IToken token, HashSet<string> names, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        switch (token)
        {
            case StreamToken stream:
                return Contains(stream.StreamDictionary, names, depth + 1);
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (names.Contains(key) || (value is NameToken name && names.Contains(name.Data)) || Contains(value, names, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case ArrayToken array:
                return array.Data.Any(item => Contains(item, names, depth + 1));
            default:
                return false;
        }
    }
}
