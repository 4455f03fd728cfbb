using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>A small valid PDF, as a parent's scanned attestation would be.</summary>
public static class SamplePdf
{
    public static byte[] Create(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText(text, 14, new PdfPoint(50, 780), font);
        return builder.Build();
    }
}
