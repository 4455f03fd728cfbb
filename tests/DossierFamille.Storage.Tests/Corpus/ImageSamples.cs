using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace DossierFamille.Storage.Tests.Corpus;

internal static class ImageSamples
{
    private static readonly Lazy<byte[]> Photo = new(() => ExifWriter.Insert(NoisyJpeg(4000, 3000, 24, 92), orientation: 6));

    /// <summary>A 12-megapixel phone photo (4000 × 3000, about 6 MB), EXIF orientation 6 and a GPS position.</summary>
    public static byte[] TwelveMegapixelPhotoWithGps() => Photo.Value;

    /// <summary>A gradient with noise: compresses like a photograph, not like a flat colour.</summary>
    public static byte[] NoisyJpeg(int width, int height, int noise, int quality)
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

    public static byte[] SmallJpeg() => NoisyJpeg(640, 480, 16, 85);

    /// <summary>A 300 × 200 PNG with a transparent half.</summary>
    public static byte[] PngWithAlpha()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(300, 200, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { Color = SKColors.DarkBlue };
            canvas.DrawRect(0, 0, 150, 200, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A tiny PNG whose header announces 50,000 × 50,000 pixels (10 GB once decoded).</summary>
    public static byte[] DecompressionBombPng()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1_000_000]);
        }

        WriteChunk(output, "IDAT", compressed.ToArray());
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
