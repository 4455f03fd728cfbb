using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>PDFs built by the tests: good ones with PdfPig, hostile ones by hand.</summary>
internal static class PdfSamples
{
    private static readonly byte[] PageTree = RawPdf.Text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    private static readonly byte[] Page = RawPdf.Text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

    public static byte[] Valid(int pages = 2)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText($"Attestation CAF - page {i}", 14, new PdfPoint(50, 780), font);
        }

        return builder.Build();
    }

    /// <summary>A scan-like PDF: pages carrying a noisy JPEG each, about <paramref name="approximateBytes"/> long.</summary>
    public static byte[] Scanned(int approximateBytes)
    {
        var builder = new PdfDocumentBuilder();
        var jpeg = ImageSamples.NoisyJpeg(1240, 1754, 40, 70);
        var pages = Math.Max(1, (int)Math.Ceiling((double)approximateBytes / jpeg.Length));
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddJpeg(jpeg, new PdfRectangle(0, 0, 595, 842));
        }

        return builder.Build();
    }

    public static byte[] Truncated()
    {
        var valid = Valid(3);
        return valid[..(valid.Length / 2)];
    }

    public static byte[] WithJavaScript() => RawPdf.Build(
    [
        RawPdf.Text("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"), PageTree, Page,
        RawPdf.Text("<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\);) >>"),
    ]);

    public static byte[] WithLaunchAction() => RawPdf.Build(
    [
        RawPdf.Text("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"), PageTree, Page,
        RawPdf.Text("<< /Type /Action /S /Launch /F (C:\\\\Windows\\\\System32\\\\calc.exe) >>"),
    ]);

    /// <summary>Standard security handler, RC4 128 bits, with a user password the tests never give.</summary>
    public static byte[] Encrypted() => EncryptedWith(userPassword: "secret-famille", ownerPassword: "mairie");

    /// <summary>Encrypted with an owner password only, as bank and CAF statements are: it opens without a password.</summary>
    public static byte[] OwnerPasswordOnly() => EncryptedWith(userPassword: "", ownerPassword: "caf-proprietaire");

    /// <summary>An .exe in the catalog's EmbeddedFiles name tree.</summary>
    public static byte[] WithEmbeddedFile() => RawPdf.Build(
    [
        RawPdf.Text("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(facture.exe) 4 0 R] >> >> >>"), PageTree, Page,
        RawPdf.Text("<< /Type /Filespec /F (facture.exe) /EF << /F 5 0 R >> >>"),
        RawPdf.Stream("/Type /EmbeddedFile", OtherSamples.Elf()),
    ]);

    /// <summary>An .exe attached to the page by a FileAttachment annotation.</summary>
    public static byte[] WithFileAttachmentAnnotation() => RawPdf.Build(
    [
        RawPdf.Text("<< /Type /Catalog /Pages 2 0 R >>"), PageTree,
        RawPdf.Text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>"),
        RawPdf.Text("<< /Type /Annot /Subtype /FileAttachment /Rect [50 700 70 720] /FS 5 0 R >>"),
        RawPdf.Text("<< /Type /Filespec /F (lisez-moi.exe) /EF << /F 6 0 R >> >>"),
        RawPdf.Stream("/Type /EmbeddedFile", OtherSamples.Elf()),
    ]);

    private static byte[] EncryptedWith(string userPassword, string ownerPassword) => RawPdf.Build(
        [
            RawPdf.Text("<< /Type /Catalog /Pages 2 0 R >>"), PageTree, Page,
            RawPdf.Text(PdfEncryption.Dictionary(userPassword, ownerPassword)),
        ],
        "/Encrypt 4 0 R " + PdfEncryption.TrailerId);

    /// <summary>The EICAR test file as a compressed content stream, the way real PDFs carry payloads.</summary>
    public static byte[] WithEicar()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(OtherSamples.Eicar());
        }

        return RawPdf.Build(
        [
            RawPdf.Text("<< /Type /Catalog /Pages 2 0 R >>"), PageTree,
            RawPdf.Text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
            RawPdf.Stream("/Filter /FlateDecode", compressed.ToArray()),
        ]);
    }
}
