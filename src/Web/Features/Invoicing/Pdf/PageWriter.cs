using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>Draws text on the current page of a document and opens the next one when asked.</summary>
internal sealed class PageWriter : IDisposable
{
    private const double Top = 50;
    private readonly PdfDocument _document;

    public PageWriter(PdfDocument document)
    {
        _document = document;
        Gfx = XGraphics.FromPdfPage(document.AddPage());
    }

    public XFont Title { get; } = new(EmbeddedFontResolver.Family, 13, XFontStyleEx.Bold);

    public XFont Bold { get; } = new(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Bold);

    public XFont Normal { get; } = new(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Regular);

    public XFont Small { get; } = new(EmbeddedFontResolver.Family, 8.5, XFontStyleEx.Regular);

    public XGraphics Gfx { get; private set; }

    /// <summary>The baseline of the next row.</summary>
    public double Y { get; set; }

    public void NewPage()
    {
        Gfx.Dispose();
        Gfx = XGraphics.FromPdfPage(_document.AddPage());
        Y = Top;
    }

    public void Text(string text, double x, double y, XFont font) => Gfx.DrawString(text, font, XBrushes.Black, x, y);

    public void TextRight(string text, double right, double y, XFont font) => Text(text, right - Gfx.MeasureString(text, font).Width, y, font);

    /// <summary>The text, shortened with "…" to fit <paramref name="width"/>.</summary>
    public string Fit(string text, double width, XFont font)
    {
        if (Gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && Gfx.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }

        return text[..length] + "…";
    }

    public void Dispose() => Gfx.Dispose();
}
