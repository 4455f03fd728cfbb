namespace DossierFamille.Storage.Images;

internal enum ImageProblem
{
    None,
    Corrupt,
    TooManyPixels,
    CannotFit,
}

/// <summary>The re-encoded image (metadata stripped, orientation applied) and its thumbnail, or the problem.</summary>
internal sealed record ImageOutcome(
    ImageProblem Problem,
    int Width,
    int Height,
    byte[]? Content = null,
    string? ContentType = null,
    byte[]? Thumbnail = null)
{
    public static ImageOutcome Failed(ImageProblem problem, int width = 0, int height = 0) => new(problem, width, height);
}
