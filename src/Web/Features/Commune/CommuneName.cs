using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DossierFamille.Web.Features.Commune;

/// <summary>The commune's name for the header of every page, read once a minute rather than on every request.</summary>
internal sealed class CommuneName(AppDbContext db, IMemoryCache cache)
{
    private static readonly object CacheKey = new();

    public async Task<string> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Commune.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        }) ?? "Mairie";
}
