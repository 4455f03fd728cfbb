using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// Database locks on one account's wallet of one service, as <see cref="Reservations.ActivityDayLocks"/> does for days:
/// a validation that checks a balance updates the wallet's <see cref="WalletLock"/> row, whose lock lasts until its
/// transaction ends, so that two validations at once (two tabs, two nodes) check one after the other and never spend
/// the same euros twice. Taken in one order (family, account, service), after the days' locks.
/// </summary>
internal sealed class WalletLocks(AppDbContext db)
{
    /// <summary>Creates the missing rows, each in a commit of its own, before the transaction that locks them; a row inserted meanwhile by another request is simply there.</summary>
    public async Task EnsureAsync(IReadOnlyCollection<WalletKey> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Les verrous de porte-monnaie se créent hors de la transaction qui les prend, sans autre modification en attente.");
        }

        foreach (var key in keys.Distinct())
        {
            if (await Row(key).AnyAsync(cancellationToken))
            {
                continue;
            }

            var row = db.WalletLocks.Add(new WalletLock { FamilyId = key.FamilyId, UserId = key.UserId, StructureId = key.StructureId });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Inserted by another request at the same moment.
            }
            finally
            {
                row.State = EntityState.Detached;
            }
        }
    }

    /// <summary>Locks the rows in order, inside the caller's transaction; they must exist (<see cref="EnsureAsync"/>).</summary>
    public async Task LockAsync(IEnumerable<WalletKey> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Un verrou de porte-monnaie ne vaut que dans une transaction.");
        }

        foreach (var key in keys.Distinct().OrderBy(k => k.FamilyId).ThenBy(k => k.UserId, StringComparer.Ordinal).ThenBy(k => k.StructureId))
        {
            if (await Row(key).ExecuteUpdateAsync(s => s.SetProperty(w => w.LockCount, w => w.LockCount + 1), cancellationToken) != 1)
            {
                throw new InvalidOperationException($"Le verrou du porte-monnaie {key} n'existe pas : appelez EnsureAsync avant.");
            }
        }
    }

    private IQueryable<WalletLock> Row(WalletKey key) =>
        db.WalletLocks.Where(w => w.FamilyId == key.FamilyId && w.UserId == key.UserId && w.StructureId == key.StructureId);
}
