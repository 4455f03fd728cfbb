using System.Globalization;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>The current version of each legal text, cached briefly; and the claim format "Rgpd:2;Cgu:1".</summary>
public sealed class LegalVersions(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private const string CacheKey = "legal-versions";

    public async Task<IReadOnlyDictionary<LegalTextKind, int>> CurrentAsync()
    {
        return await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.LegalTexts.GroupBy(t => t.Kind).Select(g => new { Kind = g.Key, Version = g.Max(t => t.Version) }).ToListAsync();
            return (IReadOnlyDictionary<LegalTextKind, int>)rows.ToDictionary(r => r.Kind, r => r.Version);
        }) ?? new Dictionary<LegalTextKind, int>();
    }

    public void Invalidate() => cache.Remove(CacheKey);

    public static string Format(IReadOnlyDictionary<LegalTextKind, int> versions) =>
        string.Join(';', versions.OrderBy(v => v.Key).Select(v => $"{v.Key}:{v.Value.ToString(CultureInfo.InvariantCulture)}"));

    public static bool AllAccepted(string? acceptedClaim, IReadOnlyDictionary<LegalTextKind, int> current)
    {
        var accepted = (acceptedClaim ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(':'))
            .Where(p => p.Length == 2 && Enum.TryParse<LegalTextKind>(p[0], out _))
            .ToDictionary(p => Enum.Parse<LegalTextKind>(p[0]), p => int.Parse(p[1], CultureInfo.InvariantCulture));
        return current.All(c => accepted.TryGetValue(c.Key, out var version) && version >= c.Value);
    }
}
