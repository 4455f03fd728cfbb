using Microsoft.AspNetCore.Identity;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>
/// Refuses passwords that are easy to guess although they follow the character rules
/// (<c>Password1!</c>, <c>Azerty123!</c>): zxcvbn's estimate must reach <see cref="MinimumScore"/>,
/// and neither the identifiant nor a part of the account's name or email may appear in it.
/// </summary>
internal sealed class GuessablePasswordValidator : IPasswordValidator<AppUser>
{
    public const int MinimumScore = 3;

    private static readonly char[] Separators = [' ', '.', '-', '_', '@', '\''];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var personal = PersonalWords(user).ToList();
        var guessable = string.IsNullOrEmpty(password)
            || personal.Any(w => password.Contains(w, StringComparison.OrdinalIgnoreCase))
            || Zxcvbn.Zxcvbn.MatchPassword(password, personal).Score < MinimumScore;
        return Task.FromResult(guessable
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordGuessable",
                Description = "Ce mot de passe est trop facile à deviner : évitez les mots courants, les suites de touches ou de chiffres (azerty, 123), les dates et votre nom ou identifiant.",
            })
            : IdentityResult.Success);
    }

    private static IEnumerable<string> PersonalWords(AppUser user) =>
        new[] { user.UserName, user.DisplayName, user.Email?.Split('@')[0] }
            .SelectMany(v => (v ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
