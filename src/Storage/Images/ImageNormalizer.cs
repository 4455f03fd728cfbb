using SkiaSharp;

namespace DossierFamille.Storage.Images;

/// <summary>
/// Re-encodes an uploaded image with SkiaSharp: size read from the header first, EXIF
/// orientation applied, every metadata block (GPS included) dropped because only pixels are
/// re-encoded, and the result downscaled and recompressed until it fits the byte limit.
/// </summary>
internal static class ImageNormalizer
{
    private static readonly int[] JpegQualities = [85, 75, 65];
    private const int MinLongSide = 800;

    public static ImageOutcome Normalize(ReadOnlySpan<byte> content, long maxBytes, ImageLimits limits)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return ImageOutcome.Failed(ImageProblem.Corrupt);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            return ImageOutcome.Failed(ImageProblem.Corrupt);
        }

        if ((long)width * height > limits.MaxPixels || width > limits.MaxSide || height > limits.MaxSide)
        {
            return ImageOutcome.Failed(ImageProblem.TooManyPixels, width, height);
        }

        using var decoded = Decode(codec, limits.MaxLongSide);
        if (decoded is null)
        {
            return ImageOutcome.Failed(ImageProblem.Corrupt, width, height);
        }

        using var source = SKImage.FromBitmap(decoded);
        var origin = codec.EncodedOrigin;
        var keepPng = codec.EncodedFormat == SKEncodedImageFormat.Png;
        var startSide = Math.Min(Math.Max(width, height), limits.MaxLongSide);
        var smallestSide = Math.Min(MinLongSide, startSide);
        for (var longSide = startSide; longSide >= smallestSide; longSide = longSide * 3 / 4)
        {
            var withAlpha = keepPng;
            using var upright = Render(source, origin, Fit(width, height, longSide), withAlpha);
            if (keepPng)
            {
                if (TryEncode(upright, SKEncodedImageFormat.Png, 100, maxBytes) is { } png)
                {
                    return Accepted(upright, png, "image/png", limits);
                }

                keepPng = false; // Too large as lossless PNG: continue as JPEG, on white.
            }

            using var opaque = !withAlpha ? null : Render(upright, SKEncodedOrigin.TopLeft, (upright.Width, upright.Height), false);
            foreach (var quality in JpegQualities)
            {
                if (TryEncode(opaque ?? upright, SKEncodedImageFormat.Jpeg, quality, maxBytes) is { } jpeg)
                {
                    return Accepted(upright, jpeg, "image/jpeg", limits);
                }
            }
        }

        return ImageOutcome.Failed(ImageProblem.CannotFit, width, height);
    }

    private static ImageOutcome Accepted(SKImage image, byte[] content, string contentType, ImageLimits limits)
    {
        using var thumbnail = Render(image, SKEncodedOrigin.TopLeft, Fit(image.Width, image.Height, limits.ThumbnailLongSide), false);
        var thumbnailBytes = TryEncode(thumbnail, SKEncodedImageFormat.Jpeg, 70, long.MaxValue)!;
        return new ImageOutcome(ImageProblem.None, image.Width, image.Height, content, contentType, thumbnailBytes);
    }

    /// <summary>Decodes at the smallest size the codec supports that is still at least the target (JPEG scales by eighths).</summary>
    private static SKBitmap? Decode(SKCodec codec, int maxLongSide)
    {
        var info = codec.Info;
        var longSide = Math.Max(info.Width, info.Height);
        var size = new SKSizeI(info.Width, info.Height);
        if (longSide > maxLongSide)
        {
            var scaled = codec.GetScaledDimensions((float)maxLongSide / longSide);
            if (Math.Max(scaled.Width, scaled.Height) >= maxLongSide)
            {
                size = scaled;
            }
        }

        var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(target);
        if (codec.GetPixels(target, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>Draws <paramref name="source"/> scaled to <paramref name="size"/> (before orientation) and upright.</summary>
    private static SKImage Render(SKImage source, SKEncodedOrigin origin, (int Width, int Height) size, bool keepAlpha)
    {
        var (w, h) = size;
        var (cw, ch) = Orientation.SwapsAxes(origin) ? (h, w) : (w, h);
        using var surface = SKSurface.Create(new SKImageInfo(cw, ch, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(keepAlpha ? SKColors.Transparent : SKColors.White);
        canvas.SetMatrix(Orientation.Matrix(origin, w, h));
        canvas.DrawImage(source, new SKRect(0, 0, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();
        return surface.Snapshot();
    }

    private static (int Width, int Height) Fit(int width, int height, int longSide)
    {
        var scale = Math.Min(1d, (double)longSide / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static byte[]? TryEncode(SKImage image, SKEncodedImageFormat format, int quality, long maxBytes)
    {
        using var encoded = image.Encode(format, quality);
        return encoded is not null && encoded.Size <= maxBytes ? encoded.ToArray() : null;
    }
}
