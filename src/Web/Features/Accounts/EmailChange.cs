using System.Text;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts.Emails;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>
/// Changing the account's email addresses: asked with the current password; an address not yet on
/// the account takes effect only once the link sent to it is followed (until then the old ones stay),
/// and the current addresses are told of the request.
/// </summary>
public sealed class EmailChange(UserManager<AppUser> users, AppDbContext db, EmailOutbox outbox, PortalLinks links)
{
    public const string ConfirmPath = "/compte/confirmer-email";

    /// <summary>The addresses of the account, the first one being the account's email.</summary>
    public async Task<string?> CurrentAsync(AppUser user, CancellationToken cancellationToken) =>
        await db.Responsables.Where(r => r.UserId == user.Id).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken) ?? user.Email;

    /// <summary>Returns the addresses waiting for confirmation (none: applied at once), or null when the password is wrong.</summary>
    public async Task<IReadOnlyList<string>?> RequestAsync(AppUser user, string password, string addresses, CancellationToken cancellationToken)
    {
        if (!await users.CheckPasswordAsync(user, password))
        {
            return null;
        }

        var current = EmailAddresses.Split(await CurrentAsync(user, cancellationToken));
        var added = EmailAddresses.Split(addresses).Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count == 0)
        {
            await ApplyAsync(user, addresses, cancellationToken);
            return added;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, addresses);
        var url = links.Absolute($"{ConfirmPath}?uid={Uri.EscapeDataString(user.Id)}&emails={Uri.EscapeDataString(addresses)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}");
        foreach (var address in added)
        {
            await outbox.EnqueueAsync(address, new EmailConfirmationEmail(user.DisplayName, user.UserName!, address, url));
        }

        foreach (var address in current)
        {
            await outbox.EnqueueAsync(address, new EmailChangeNoticeEmail(user.DisplayName, user.UserName!, added));
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Applies the addresses the link was sent for; false when the link is forged, altered or expired.</summary>
    public async Task<bool> ConfirmAsync(string userId, string addresses, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<AppUser>.GetChangeEmailTokenPurpose(addresses), token))
        {
            return false;
        }

        await ApplyAsync(user, addresses, cancellationToken);
        return true;
    }

    private async Task ApplyAsync(AppUser user, string addresses, CancellationToken cancellationToken)
    {
        user.Email = EmailAddresses.Split(addresses)[0];
        user.NormalizedEmail = users.NormalizeEmail(user.Email);
        user.EmailConfirmed = true;
        var responsable = await db.Responsables.FirstOrDefaultAsync(r => r.UserId == user.Id, cancellationToken);
        if (responsable is not null)
        {
            responsable.Email = addresses;
        }

        await users.UpdateAsync(user);
        await db.SaveChangesAsync(cancellationToken);
    }
}
