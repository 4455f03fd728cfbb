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

    public InvoiceFont Title { get; } = new(13, XFontStyleEx.Bold);

    public InvoiceFont Bold { get; } = new(9.5, XFontStyleEx.Bold);

    public InvoiceFont Normal { get; } = new(9.5, XFontStyleEx.Regular);

    public InvoiceFont Small { get; } = new(8.5, XFontStyleEx.Regular);

    public XGraphics Gfx { get; private set; }

    /// <summary>The baseline of the next row.</summary>
    public double Y { get; set; }

    public void NewPage()
    {
        Gfx.Dispose();
        Gfx = XGraphics.FromPdfPage(_document.AddPage());
        Y = Top;
    }

    public void Text(string text, double x, double y, InvoiceFont font) => Gfx.DrawString(text, font.For(text), XBrushes.Black, x, y);

    public void TextRight(string text, double right, double y, InvoiceFont font) => Text(text, right - Width(text, font), y, font);

    /// <summary>The text, shortened with "…" to fit <paramref name="width"/>.</summary>
    public string Fit(string text, double width, InvoiceFont font)
    {
        if (Width(text, font) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && Width(text[..length] + "…", font) > width)
        {
            length--;
        }

        return text[..length] + "…";
    }

    public void Dispose() => Gfx.Dispose();

    private double Width(string text, InvoiceFont font) => Gfx.MeasureString(text, font.For(text)).Width;
}
