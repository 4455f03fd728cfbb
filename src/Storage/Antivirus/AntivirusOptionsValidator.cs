using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Antivirus;

internal sealed class AntivirusOptionsValidator : IValidateOptions<AntivirusOptions>
{
    public ValidateOptionsResult Validate(string? name, AntivirusOptions options)
    {
        if (options.Enabled && options.Port is < 1 or > 65535)
        {
            return ValidateOptionsResult.Fail("Antivirus:Port must be between 1 and 65535.");
        }

        return options.Timeout <= TimeSpan.Zero
            ? ValidateOptionsResult.Fail("Antivirus:Timeout must be positive.")
            : ValidateOptionsResult.Success;
    }
}
