using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>
/// The first administrator of a real installation (the demo data is Development only): while no
/// account has the Admin role and <c>Accounts:InitialAdminUserName</c> / <c>InitialAdminEmail</c> are
/// set, that account is created with a password nobody knows, and a link to choose one is emailed.
/// </summary>
internal sealed class InitialAdminSeeder(UserManager<AppUser> users, PasswordReset reset, IOptions<AccountsOptions> options) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (userName, email) = (options.Value.InitialAdminUserName, options.Value.InitialAdminEmail);
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(email) || (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var user = new AppUser { UserName = userName, Email = email, DisplayName = "Administrateur", EmailConfirmed = true };
        var result = await users.CreateAsync(user, TemporaryPassword.Generate());
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return; // another node created it at the same moment
        }

        result = result.Succeeded ? await users.AddToRoleAsync(user, Roles.Admin) : result;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Accounts:InitialAdminUserName « {userName} »: {string.Join(' ', result.Errors.Select(e => e.Description))}");
        }

        await reset.RequestAsync(userName, email, cancellationToken);
    }
}
