using PdfSharp.Drawing;

namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>One size and weight of the invoice's text: the Windows-1252 cut of DejaVu Sans, or the whole font for a text beyond it.</summary>
internal sealed class InvoiceFont(double size, XFontStyleEx style)
{
    private readonly XFont _winAnsi = new(EmbeddedFontResolver.Family, size, style);
    private XFont? _complete;

    /// <summary>The font that has every character of <paramref name="text"/>.</summary>
    public XFont For(string text) => EmbeddedFontResolver.Covers(text) ? _winAnsi : _complete ??= new XFont(EmbeddedFontResolver.CompleteFamily, size, style);
}
