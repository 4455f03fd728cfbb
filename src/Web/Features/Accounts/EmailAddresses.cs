using System.Net.Mail;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>A list of addresses separated by ";"; the first one receives payment tickets.</summary>
public static class EmailAddresses
{
    public static string[] Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Normalises the list, or returns the French error for the first invalid address.</summary>
    public static (string? Normalised, string? Error) Parse(string? list)
    {
        var addresses = Split(list);
        if (addresses.Length == 0)
        {
            return (null, "Indiquez au moins une adresse email.");
        }

        foreach (var address in addresses)
        {
            if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !address.Contains('.', StringComparison.Ordinal))
            {
                return (null, $"L'adresse « {address} » n'est pas valide.");
            }
        }

        return (string.Join(';', addresses.Distinct(StringComparer.OrdinalIgnoreCase)), null);
    }
}
