using System.Security.Claims;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>Gives each caller its <see cref="AccountScope"/>, and each fiche the responsables who may read it.</summary>
public sealed class AccountScopes(AppDbContext db)
{
    /// <summary>
    /// The scope of a signed-in user: a parent (an account with a family) first, then staff;
    /// an account with neither reaches nothing. Read from the database on each request, so a
    /// family marked separated by the mairie is private at once.
    /// </summary>
    public async Task<AccountScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.GetFamilyId() is { } familyId && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var family = await LoadAsync(familyId, cancellationToken);
            return family is null ? AccountScope.Nobody : AccountScope.ForParent(family, userId);
        }

        return user.IsInRole(Roles.Gestionnaire) || user.IsInRole(Roles.Admin) ? AccountScope.Staff : AccountScope.Nobody;
    }

    /// <summary>The family's responsables whose account reaches <paramref name="fiche"/>: whom to tell about it.</summary>
    public async Task<IReadOnlyList<Responsable>> ReadersAsync(Fiche fiche, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        var family = await LoadAsync(fiche.FamilyId, cancellationToken) ?? throw new InvalidOperationException($"La famille {fiche.FamilyId} n'existe pas.");
        // A responsable without an account reads what such an account would: shared fiches and those of responsables without accounts.
        return [.. family.Responsables.Where(r => AccountScope.ForParent(family, r.UserId ?? string.Empty).Reaches(fiche))];
    }

    private Task<Family?> LoadAsync(int familyId, CancellationToken cancellationToken) =>
        db.Families.AsNoTracking().Include(f => f.Responsables).SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
}
