using System.Globalization;
using System.Security.Claims;
using DossierFamille.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>
/// The cookie's claims: Identity's own (identifiant, name, email, security stamp, the account's claims, its roles and their
/// claims) plus the family, the onboarding state and the accepted legal versions. Written at sign-in and again at every
/// session check (<see cref="AccountsOptions.SessionCheckInterval"/>), so what the database holds beyond the account's row
/// is read in one query instead of Identity's five (claims, roles, each role and its claims, then the legal acceptances).
/// </summary>
internal sealed class PortalClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var types = Options.ClaimsIdentity;
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, types.UserNameClaimType, types.RoleClaimType);
        identity.AddClaim(new Claim(types.UserIdClaimType, await UserManager.GetUserIdAsync(user)));
        identity.AddClaim(new Claim(types.UserNameClaimType, await UserManager.GetUserNameAsync(user) ?? string.Empty));
        if (await UserManager.GetEmailAsync(user) is { Length: > 0 } email)
        {
            identity.AddClaim(new Claim(types.EmailClaimType, email));
        }

        identity.AddClaim(new Claim(types.SecurityStampClaimType, await UserManager.GetSecurityStampAsync(user)));
        var userId = user.Id;
        // Each collection is joined on the account's row (no LATERAL or APPLY, which SQLite lacks).
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            Claims = db.UserClaims.Where(c => c.UserId == u.Id).Select(c => new { c.ClaimType, c.ClaimValue }).ToList(),
            Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            RoleClaims = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.RoleClaims, r => r.RoleId, c => c.RoleId, (_, c) => new { c.ClaimType, c.ClaimValue }).ToList(),
            Legal = db.LegalAcceptances.Where(a => a.UserId == u.Id).Select(a => new { a.Kind, a.Version }).ToList(),
        }).SingleAsync();
        identity.AddClaims(stored.Claims.Select(c => new Claim(c.ClaimType!, c.ClaimValue!)));
        identity.AddClaims(stored.Roles.Select(role => new Claim(types.RoleClaimType, role!)));
        identity.AddClaims(stored.RoleClaims.Select(c => new Claim(c.ClaimType!, c.ClaimValue!)));

        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.FamilyId is { } familyId)
        {
            identity.AddClaim(new Claim(PortalClaims.FamilyId, familyId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "1"));
        }

        var accepted = stored.Legal.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Max(a => a.Version));
        identity.AddClaim(new Claim(PortalClaims.AcceptedLegal, LegalVersions.Format(accepted)));
        return identity;
    }
}
