using System.Text.RegularExpressions;

namespace DossierFamille.Web.Features.Billing;

/// <summary>French postal codes in free text: the commune's list as the admin types it, and the one of a postal address.</summary>
internal static partial class PostalCodes
{
    /// <summary>"06600 ; 06160" → ["06600", "06160"].</summary>
    public static IReadOnlyList<string> List(string? text) => [.. Code().Matches(text ?? string.Empty).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The last five-digit group of an address ("12 rue des Lilas, 06600 Antibes" → "06600"); null when none.</summary>
    public static string? Of(string? address) => Code().Matches(address ?? string.Empty).LastOrDefault()?.Value;

    /// <summary>Outside the commune when the commune has listed its codes and the address has another one; an address without a code counts as inside.</summary>
    public static bool IsOutside(string? address, IReadOnlyList<string> communeCodes) =>
        communeCodes.Count > 0 && Of(address) is { } code && !communeCodes.Contains(code, StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\d)\d{5}(?!\d)")]
    private static partial Regex Code();
}
