using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Announcements;

/// <summary>
/// The announcements a family reads now: published, not ended, and for the whole commune or one of the given structures
/// (the family's own, or the one chosen in the header), newest first.
/// </summary>
internal sealed class CurrentAnnouncements(AppDbContext db, TimeProvider time)
{
    public async Task<List<Announcement>> ForAsync(IReadOnlyCollection<int> structureIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Announcements.AsNoTracking().Include(a => a.Structure)
            .Where(a => a.PublishedAt <= now && (a.EndsAt == null || a.EndsAt > now))
            .Where(a => a.StructureId == null || structureIds.Contains(a.StructureId.Value))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(10).ToListAsync(cancellationToken);
    }
}
