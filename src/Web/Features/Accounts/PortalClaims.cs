using System.Globalization;
using System.Security.Claims;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>The portal's own claims, written at sign-in by <see cref="PortalClaimsFactory"/>.</summary>
public static class PortalClaims
{
    public const string FamilyId = "df:family";
    public const string MustChangePassword = "df:must_change_password";
    public const string AcceptedLegal = "df:legal";
    public const string DisplayName = "df:name";

    /// <summary>The caller's family, or null for staff: every parent query filters on it.</summary>
    public static int? GetFamilyId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(FamilyId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static int RequireFamilyId(this ClaimsPrincipal user) =>
        user.GetFamilyId() ?? throw new InvalidOperationException("A parent account without a family was signed in.");

    public static string GetDisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;
}
