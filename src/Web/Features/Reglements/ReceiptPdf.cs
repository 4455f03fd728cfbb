using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>The receipt of a signature, written with PdfPig from the evidence row.</summary>
public static class ReceiptPdf
{
    private static byte[] Font(string name)
    {
        using var stream = typeof(ReceiptPdf).Assembly.GetManifestResourceStream($"Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static byte[] Create(ReglementSignature signature, string childName, string structureName, string communeName)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(Font("DejaVuSans"));
        var bold = builder.AddTrueTypeFont(Font("DejaVuSans-Bold"));
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        void Line(string text, double size = 11, bool strong = false, double gap = 18)
        {
            page.AddText(text, size, new PdfPoint(56, y), strong ? bold : font);
            y -= gap;
        }

        Line(communeName, 12, strong: true);
        Line("Accusé de signature du règlement intérieur", 16, strong: true, gap: 30);
        Line($"Enfant : {childName}");
        Line($"Structure : {structureName}");
        Line($"Année scolaire : {signature.SchoolYear}");
        Line($"Règlement : version {signature.DocumentVersion}", gap: 14);
        Line($"Empreinte SHA-256 du document : {signature.DocumentSha256}", 8, gap: 26);
        Line($"« {signature.Wording} »", 10, gap: 26);
        Line($"Signé par : {signature.SignerName}");
        Line($"Fait à : {signature.Place}, le {signature.SignedOn.Replace('T', ' ')}");
        Line($"Enregistré par le serveur le {signature.ServerUtc.UtcDateTime.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)} (UTC)");
        Line($"Adresse IP : {signature.IpAddress}", gap: 26);
        Line($"Preuve n° {signature.Id} – empreinte : {signature.Hash}", 8);
        return builder.Build();
    }
}
