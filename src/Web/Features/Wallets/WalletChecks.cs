using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// The porte-monnaie side of a validation: before its transaction, which services' wallets it spends from (and their
/// lock rows); inside it, under the wallets' locks taken after the days', what each one has available. Nothing is
/// debited here: the booking is debited when it is accepted (<see cref="WalletLedger"/>), and until then its price
/// counts in the wallet's estimated cost, so that a second validation waiting for the lock sees it.
/// </summary>
internal sealed class WalletChecks(AppDbContext db, WalletLocks locks, WalletReader reader)
{
    /// <summary>The wallets the reservations of <paramref name="activityIds"/> spend from; their lock rows exist once it returns.</summary>
    public async Task<WalletPlan> PrepareAsync(int familyId, string userId, IEnumerable<int> activityIds, CancellationToken cancellationToken)
    {
        var ids = activityIds.Distinct().ToList();
        var structureOf = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && db.ActivityBillings.Any(b => b.ActivityId == a.Id && b.PaymentMode == PaymentMode.Wallet))
            .ToDictionaryAsync(a => a.Id, a => a.StructureId, cancellationToken);
        var refuses = structureOf.Count > 0 && await db.BillingSettings.AsNoTracking().AnyAsync(s => s.RefuseBeyondWalletBalance, cancellationToken);
        var plan = new WalletPlan(familyId, userId, structureOf, refuses);
        if (refuses)
        {
            await locks.EnsureAsync(plan.Keys, cancellationToken);
        }

        return plan;
    }

    /// <summary>Inside the validation's transaction: locks the wallets and reads what they have available.</summary>
    public async Task<WalletSpending> LockAsync(WalletPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.RefusesBeyondBalance)
        {
            return WalletSpending.Unchecked;
        }

        await locks.LockAsync(plan.Keys, cancellationToken);
        var wallets = await reader.BalancesAsync(plan.FamilyId, plan.UserId, [.. plan.StructureOf.Values.Distinct()], cancellationToken);
        return new WalletSpending(plan.StructureOf, wallets.ToDictionary(w => w.StructureId, w => (w.Service, w.Available)));
    }
}

/// <summary>The wallets one validation spends from: the service of each activity paid by porte-monnaie, and whether the commune refuses beyond the balance.</summary>
internal sealed record WalletPlan(int FamilyId, string UserId, IReadOnlyDictionary<int, int> StructureOf, bool RefusesBeyondBalance)
{
    public IReadOnlyList<WalletKey> Keys => [.. StructureOf.Values.Distinct().Select(s => new WalletKey(FamilyId, UserId, s))];
}
