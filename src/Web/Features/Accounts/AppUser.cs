using Microsoft.AspNetCore.Identity;

namespace DossierFamille.Web.Features.Accounts;

public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>Set for accounts created with a temporary password by the mairie.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The family a parent account belongs to; null for staff.</summary>
    public int? FamilyId { get; set; }
}
