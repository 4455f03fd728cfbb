using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Accounts;

public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Sign-in and password-reset posts allowed per client address and minute.</summary>
    [Range(1, 10_000)]
    public int PostsPerMinute { get; set; } = 20;
}
