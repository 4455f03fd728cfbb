using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Accounts;

public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Sign-in and password-reset posts allowed per client address and minute.</summary>
    [Range(1, 10_000)]
    public int PostsPerMinute { get; set; } = 20;

    /// <summary>
    /// How often a session's cookie is checked against the account's security stamp: a password
    /// change or reset, or a logout, ends the account's other sessions within this time.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first administrator's identifiant, created while no account is Admin (see <see cref="InitialAdminSeeder"/>).</summary>
    public string? InitialAdminUserName { get; set; }

    /// <summary>Where the first administrator receives the link to choose a password.</summary>
    [EmailAddress]
    public string? InitialAdminEmail { get; set; }
}
