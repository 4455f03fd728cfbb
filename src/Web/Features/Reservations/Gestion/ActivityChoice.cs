using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>An activity as the gestionnaire's pages offer it, grouped by structure.</summary>
public sealed record ActivityChoice(int Id, string Name, string Structure)
{
    /// <summary>Read by the page itself, before its other queries: components of one page share its DbContext.</summary>
    public static async Task<IReadOnlyList<ActivityChoice>> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Activities.AsNoTracking().Where(a => a.IsActive)
                .Join(db.Structures, a => a.StructureId, s => s.Id, (a, s) => new ActivityChoice(a.Id, a.Name, s.Name)).ToListAsync(cancellationToken))
            .OrderBy(a => a.Structure, StringComparer.CurrentCulture).ThenBy(a => a.Name, StringComparer.CurrentCulture)];
}
