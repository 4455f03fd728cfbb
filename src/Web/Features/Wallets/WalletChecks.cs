using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations;
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
    /// <summary>
    /// The wallets the cart's reservations spend from (<paramref name="structureOf"/>: the service of each of their activities
    /// paid by porte-monnaie, read with the cart), and the services whose trop payé the
    /// parent chose to use (<paramref name="creditStructureIds"/>: the same lock, one per account and service); their lock
    /// rows exist once it returns.
    /// </summary>
    public async Task<WalletPlan> PrepareAsync(int familyId, string userId, IReadOnlyDictionary<int, int> structureOf, IReadOnlyCollection<int> creditStructureIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structureOf);
        var refuses = structureOf.Count > 0 && await db.BillingSettings.AsNoTracking().AnyAsync(s => s.RefuseBeyondWalletBalance, cancellationToken);
        var plan = new WalletPlan(familyId, userId, structureOf, refuses, [.. creditStructureIds.Distinct().Select(s => new WalletKey(familyId, userId, s))]);
        await locks.EnsureAsync(plan.Locked, cancellationToken);
        return plan;
    }

    /// <summary>
    /// The cart's warning before the validation refuses anything: when the commune refuses bookings beyond the balance,
    /// each wallet whose available money does not cover the cart's reservations of its service, in French.
    /// </summary>
    public async Task<IReadOnlyList<string>> ShortfallsAsync(int familyId, string userId, IReadOnlyList<CartRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var costs = rows.Where(r => r.Kind == BookingRequestKind.Reservation && r.Mode == PaymentMode.Wallet && r.Price is > 0)
            .GroupBy(r => r.StructureId).ToDictionary(g => g.Key, g => g.Sum(r => Money.Line(r.Price!.Value)));
        if (costs.Count == 0 || !await db.BillingSettings.AsNoTracking().AnyAsync(s => s.RefuseBeyondWalletBalance, cancellationToken))
        {
            return [];
        }

        return [.. (await reader.BalancesAsync(familyId, userId, [.. costs.Keys], cancellationToken))
            .Where(w => w.Available < costs[w.StructureId])
            .Select(w => $"Solde insuffisant sur votre porte-monnaie « {w.Service} » : il reste {Money.Format(Math.Max(0, w.Available))} disponible(s) et les réservations du panier pour ce service coûtent {Money.Format(costs[w.StructureId])}. "
                + "Les jours au-delà du solde seront refusés à la validation : rechargez-le d'abord dans « Paiement et Solde ».")];
    }

    /// <summary>Inside the validation's transaction: locks the wallets (and the trop payé chosen, in the same order) and reads what the wallets have available.</summary>
    public async Task<WalletSpending> LockAsync(WalletPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Locked.Count > 0)
        {
            await locks.LockAsync(plan.Locked, cancellationToken);
        }

        if (!plan.RefusesBeyondBalance)
        {
            return WalletSpending.Unchecked;
        }

        var wallets = await reader.BalancesAsync(plan.FamilyId, plan.UserId, [.. plan.StructureOf.Values.Distinct()], cancellationToken);
        return new WalletSpending(plan.StructureOf, wallets.ToDictionary(w => w.StructureId, w => (w.Service, w.Available)));
    }
}

/// <summary>
/// The wallets one validation spends from: the service of each activity paid by porte-monnaie, whether the commune refuses
/// beyond the balance, and the account's services whose trop payé it uses.
/// </summary>
internal sealed record WalletPlan(int FamilyId, string UserId, IReadOnlyDictionary<int, int> StructureOf, bool RefusesBeyondBalance, IReadOnlyList<WalletKey> CreditKeys)
{
    public IReadOnlyList<WalletKey> Keys => [.. StructureOf.Values.Distinct().Select(s => new WalletKey(FamilyId, UserId, s))];

    /// <summary>The account and service locks the validation takes: the wallets it checks, and the trop payé it spends.</summary>
    public IReadOnlyList<WalletKey> Locked => [.. (RefusesBeyondBalance ? Keys : []).Union(CreditKeys)];
}
