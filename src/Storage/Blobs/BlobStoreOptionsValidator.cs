using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Blobs;

internal sealed partial class BlobStoreOptionsValidator : IValidateOptions<BlobStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobStoreOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Blobs:Provider must be Local or Azure.");
        }

        if (options.Provider == BlobProvider.Local && string.IsNullOrWhiteSpace(options.LocalPath))
        {
            failures.Add("Blobs:LocalPath is required when Blobs:Provider is Local.");
        }

        if (options.Provider == BlobProvider.Azure)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add("Blobs:ConnectionString is required when Blobs:Provider is Azure.");
            }

            if (!ContainerPattern().IsMatch(options.Container ?? string.Empty))
            {
                failures.Add("Blobs:Container must be 3-63 lowercase letters, digits or single dashes.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();
}
