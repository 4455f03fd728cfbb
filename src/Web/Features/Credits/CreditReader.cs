using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// The trop payé of a family's accounts, per account and service: the sum of each one's <see cref="CreditMovement"/>s
/// (summed here: SQLite has no decimal arithmetic). For staff pages, pass no account to read every account of the family;
/// for a parent, pass the account (<c>AccountScope.UserId</c>): a trop payé is its account's own.
/// </summary>
internal sealed class CreditReader(AppDbContext db)
{
    /// <summary>The balance of every service the account (or, with <paramref name="userId"/> null, each account of the family) has movements in, by service name; zero balances included.</summary>
    public async Task<List<CreditBalance>> BalancesAsync(int familyId, string? userId, CancellationToken cancellationToken)
    {
        var movements = await Movements(familyId, userId).Select(m => new { m.UserId, m.StructureId, m.Amount }).ToListAsync(cancellationToken);
        if (movements.Count == 0)
        {
            // Most accounts never had any trop payé (the recap asks for every validation).
            return [];
        }

        var ids = movements.Select(m => m.StructureId).Distinct().ToList();
        var names = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. movements.GroupBy(m => (m.UserId, m.StructureId))
            .Select(g => new CreditBalance(g.Key.UserId, g.Key.StructureId, names.GetValueOrDefault(g.Key.StructureId, "Service"), g.Sum(m => m.Amount)))
            .OrderBy(b => b.Service, StringComparer.CurrentCulture).ThenBy(b => b.UserId, StringComparer.Ordinal)];
    }

    /// <summary>What the account's trop payé holds for each of <paramref name="structureIds"/> (0 when nothing); read under the account's locks before spending it.</summary>
    public async Task<Dictionary<int, decimal>> AvailableAsync(int familyId, string userId, IReadOnlyCollection<int> structureIds, CancellationToken cancellationToken)
    {
        var ids = structureIds.Distinct().ToList();
        var amounts = await Movements(familyId, userId).Where(m => ids.Contains(m.StructureId)).Select(m => new { m.StructureId, m.Amount }).ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => amounts.Where(m => m.StructureId == id).Sum(m => m.Amount));
    }

    /// <summary>
    /// The trop payé of many accounts at once (the monthly run's batch), in one query: each (account, service) holding
    /// some, with its balance. Most accounts have none, so few rows come back.
    /// </summary>
    public async Task<Dictionary<WalletKey, decimal>> HeldAsync(IReadOnlyCollection<int> familyIds, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var families = familyIds.Distinct().ToList();
        var users = userIds.Distinct().ToList();
        var amounts = await db.CreditMovements.AsNoTracking().Where(m => families.Contains(m.FamilyId) && users.Contains(m.UserId))
            .Select(m => new { m.FamilyId, m.UserId, m.StructureId, m.Amount }).ToListAsync(cancellationToken);
        return amounts.GroupBy(m => new WalletKey(m.FamilyId, m.UserId, m.StructureId)).Select(g => (g.Key, Balance: g.Sum(m => m.Amount)))
            .Where(b => b.Balance > 0).ToDictionary(b => b.Key, b => b.Balance);
    }

    /// <summary>The account's movements, newest first.</summary>
    public Task<List<CreditMovement>> MovementsAsync(int familyId, string userId, CancellationToken cancellationToken) =>
        Movements(familyId, userId).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);

    private IQueryable<CreditMovement> Movements(int familyId, string? userId) =>
        db.CreditMovements.AsNoTracking().Where(m => m.FamilyId == familyId && (userId == null || m.UserId == userId));
}
