using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Retention;

internal sealed class BlobRetentionOptionsValidator : IValidateOptions<BlobRetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobRetentionOptions options) =>
        options.Delay < TimeSpan.Zero
            ? ValidateOptionsResult.Fail("Blobs:Retention:Delay must not be negative.")
            : ValidateOptionsResult.Success;
}
