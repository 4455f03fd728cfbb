using System.Text.RegularExpressions;

namespace DossierFamille.Web.Features.Families;

/// <summary>The phone numbers the portal accepts, on every fiche and contact: 10 to 20 digits, spaces, "+", "(", ")", "." or "-".</summary>
public static partial class PhoneNumber
{
    public const string Pattern = @"^[0-9 +().-]{10,20}$";

    public static bool IsValid(string? value) => value is not null && Regex().IsMatch(value.Trim());

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
