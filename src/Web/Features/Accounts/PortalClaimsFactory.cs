using System.Globalization;
using System.Security.Claims;
using DossierFamille.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>Adds the family, the onboarding state and the accepted legal versions to the cookie.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    AppDbContext db) : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.FamilyId is { } familyId)
        {
            identity.AddClaim(new Claim(PortalClaims.FamilyId, familyId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "1"));
        }

        var accepted = await db.LegalAcceptances.Where(a => a.UserId == user.Id)
            .GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Version = g.Max(a => a.Version) })
            .ToListAsync();
        identity.AddClaim(new Claim(PortalClaims.AcceptedLegal, LegalVersions.Format(accepted.ToDictionary(a => a.Kind, a => a.Version))));
        return identity;
    }
}
