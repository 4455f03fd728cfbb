using System.Text.RegularExpressions;

namespace DossierFamille.Storage.Blobs;

/// <summary>
/// Reserved metadata keys and the encoding of caller metadata: values are percent-encoded so
/// that accents survive HTTP headers on Azure; keys must be identifiers.
/// </summary>
internal static partial class BlobMetadata
{
    public const string Sha256Key = "df_sha256";
    public const string CreatedKey = "df_created";

    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, string>? metadata)
    {
        var encoded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            if (!KeyPattern().IsMatch(key) || key.StartsWith("df_", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"'{key}' is not a valid metadata key.", nameof(metadata));
            }

            encoded[key.ToLowerInvariant()] = Uri.EscapeDataString(value);
        }

        return encoded;
    }

    public static Dictionary<string, string> Decode(IDictionary<string, string> stored)
    {
        var decoded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in stored)
        {
            if (!key.StartsWith("df_", StringComparison.OrdinalIgnoreCase))
            {
                decoded[key] = Uri.UnescapeDataString(value);
            }
        }

        return decoded;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
