using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Sweep;

internal sealed class BlobSweepOptionsValidator : IValidateOptions<BlobSweepOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobSweepOptions options)
    {
        var failures = new List<string>();
        if (options.GracePeriod < TimeSpan.FromMinutes(1))
        {
            failures.Add("Blobs:Sweep:GracePeriod must be at least one minute, or blobs whose row is being written would be deleted.");
        }

        if (options.Interval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Blobs:Sweep:Interval must be at least one second.");
        }

        if (options.BatchSize is < 1 or > 5000)
        {
            failures.Add("Blobs:Sweep:BatchSize must be between 1 and 5000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
