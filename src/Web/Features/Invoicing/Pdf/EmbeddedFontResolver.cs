using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>
/// PDFsharp reads no system fonts on Linux: every face it asks for is the DejaVu Sans embedded in the portal (the fonts
/// of the règlement receipts, with the French accents), regular or bold.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
