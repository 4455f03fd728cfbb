using System.Text;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts.Emails;
using DossierFamille.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>"Réinitialiser votre mot de passe": a link by email, never revealing whether an account exists.</summary>
public sealed class PasswordReset(UserManager<AppUser> users, AppDbContext db, EmailOutbox outbox, PortalLinks links)
{
    public const string RequestPath = "/compte/mot-de-passe-oublie";
    public const string ResetPath = "/compte/reinitialiser";

    /// <summary>Sends the link when the identifiant and one of the account's email addresses match.</summary>
    public async Task RequestAsync(string userName, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            return;
        }

        var addresses = await KnownAddressesAsync(user, cancellationToken);
        if (!addresses.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var url = links.Absolute($"{ResetPath}?uid={Uri.EscapeDataString(user.Id)}&code={code}");
        await outbox.EnqueueAsync(email.Trim(), new PasswordResetEmail(user.DisplayName, user.UserName!, url));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IdentityResult> ResetAsync(string userId, string code, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            token = string.Empty;
        }

        if (user is null || token.Length == 0)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            user.MustChangePassword = false;
            await users.SetLockoutEndDateAsync(user, null);
            await users.UpdateAsync(user);
        }

        return result;
    }

    private async Task<string[]> KnownAddressesAsync(AppUser user, CancellationToken cancellationToken)
    {
        var responsableEmails = await db.Responsables.Where(r => r.UserId == user.Id).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken);
        return [.. EmailAddresses.Split(responsableEmails), .. EmailAddresses.Split(user.Email)];
    }
}
