namespace DossierFamille.Storage.Intake;

/// <summary>Configuration section <c>Intake</c>: technical bounds, the per-piece limits come from the caller.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Largest upload read at all (a phone photo before it is downscaled); beyond it reading stops.</summary>
    public long MaxUploadBytes { get; set; } = 25_000_000;

    /// <summary>Images with more pixels are refused from their header, without decoding.</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    public int MaxImageSide { get; set; } = 16_000;

    /// <summary>Stored images are downscaled to this long side (3000 px keeps an A4 scan legible).</summary>
    public int MaxImageLongSide { get; set; } = 3000;

    public int ThumbnailLongSide { get; set; } = 256;
}
