using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DossierFamille.Benchmarks.Storage;

/// <summary>Inputs of the storage benchmark, generated: a scan-like PDF just under 2,000 ko and a 12-megapixel photo.</summary>
internal static class BenchmarkSamples
{
    public static byte[] ScannedPdf(int targetBytes)
    {
        var page = NoisyJpeg(620, 877, 40, 70);
        var pages = Math.Max(1, targetBytes / page.Length);
        while (true)
        {
            var builder = new PdfDocumentBuilder();
            for (var i = 0; i < pages; i++)
            {
                builder.AddPage(PageSize.A4).AddJpeg(page, new PdfRectangle(0, 0, 595, 842));
            }

            var pdf = builder.Build();
            if (pdf.Length <= targetBytes || pages == 1)
            {
                return pdf;
            }

            pages--;
        }
    }

    /// <summary>4000 × 3000 pixels; the EXIF of a real phone is not needed for timing.</summary>
    public static byte[] TwelveMegapixelPhoto() => NoisyJpeg(4000, 3000, 48, 92);

    private static byte[] NoisyJpeg(int width, int height, int noise, int quality)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var random = new Random(42);
        var row = new byte[width * 4];
        for (var y = 0; y < height; y++)
        {
            random.NextBytes(row);
            for (var x = 0; x < width; x++)
            {
                var i = x * 4;
                row[i] = (byte)Math.Clamp((x * 255 / width) + (row[i] % noise) - (noise / 2), 0, 255);
                row[i + 1] = (byte)Math.Clamp((y * 255 / height) + (row[i + 1] % noise) - (noise / 2), 0, 255);
                row[i + 2] = (byte)Math.Clamp(128 + (row[i + 2] % noise) - (noise / 2), 0, 255);
                row[i + 3] = 255;
            }

            row.CopyTo(pixels[(y * width * 4)..]);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
