using System.Buffers;
using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>
/// PDFsharp reads no system fonts on Linux: every face it asks for is a DejaVu Sans embedded in the portal (the fonts of
/// the règlement receipts), regular or bold. <see cref="Family"/> is DejaVu Sans cut down to the 218 characters of
/// Windows-1252 (French accents, "€", "«", "…", "–": what invoices are written with), by <c>tools/invoice-fonts.sh</c>:
/// 250 glyphs instead of 6,253, so that the subset PDFsharp builds and compresses for each document is small.
/// <see cref="CompleteFamily"/> is the whole font, for a text beyond those characters (a name such as "Łukasz").
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    public const string CompleteFamily = "DejaVu Sans Complete";

    private static readonly SearchValues<char> WinAnsi = SearchValues.Create(
        string.Concat(Enumerable.Range(0x20, 0x7F - 0x20).Concat(Enumerable.Range(0xA0, 0x60)).Select(c => (char)c))
        + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Whether <see cref="Family"/> has every character of <paramref name="text"/>.</summary>
    public static bool Covers(string text) => !text.AsSpan().ContainsAnyExcept(WinAnsi);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold ? "DejaVuSans-Bold" : "DejaVuSans") + (familyName == CompleteFamily ? string.Empty : "-WinAnsi"));

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
