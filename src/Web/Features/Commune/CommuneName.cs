using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DossierFamille.Web.Features.Commune;

/// <summary>
/// The commune's name for the header of every page, read once a minute rather than on every request. It reads through its
/// own scope: the layout initialises while the page does, and the request's DbContext must serve one of them at a time.
/// </summary>
internal sealed class CommuneName(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly object CacheKey = new();

    public async Task<string> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Commune.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        }) ?? "Mairie";
}
