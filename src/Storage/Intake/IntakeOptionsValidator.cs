using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Intake;

internal sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        var failures = new List<string>();
        if (options.MaxUploadBytes < 1024)
        {
            failures.Add("Intake:MaxUploadBytes must be at least 1024.");
        }

        if (options.MaxImagePixels < 1 || options.MaxImageSide < 1)
        {
            failures.Add("Intake:MaxImagePixels and Intake:MaxImageSide must be positive.");
        }

        if (options.MaxImageLongSide < 800 || options.ThumbnailLongSide is < 16 or > 1024)
        {
            failures.Add("Intake:MaxImageLongSide must be at least 800 and Intake:ThumbnailLongSide between 16 and 1024.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
