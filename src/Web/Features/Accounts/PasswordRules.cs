using Microsoft.AspNetCore.Identity;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>The password policy, applied by Identity and shown beside every new-password field.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;

    public static readonly string[] Descriptions =
    [
        $"au moins {MinimumLength} caractères",
        "au moins une majuscule et une minuscule",
        "au moins un chiffre",
        "au moins un caractère spécial (par exemple ! ? * # -)",
    ];

    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequireDigit = true;
        options.RequireLowercase = true;
        options.RequireUppercase = true;
        options.RequireNonAlphanumeric = true;
        options.RequiredUniqueChars = 4;
    }
}
