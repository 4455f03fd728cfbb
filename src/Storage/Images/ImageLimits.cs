namespace DossierFamille.Storage.Images;

/// <param name="MaxPixels">Larger images are refused from their header, before any pixel is decoded.</param>
/// <param name="MaxSide">Largest accepted width or height, in pixels.</param>
/// <param name="MaxLongSide">Stored images are downscaled so that their long side is at most this.</param>
/// <param name="ThumbnailLongSide">Long side of the thumbnail shown in the gestionnaire's list.</param>
internal sealed record ImageLimits(long MaxPixels, int MaxSide, int MaxLongSide, int ThumbnailLongSide);
