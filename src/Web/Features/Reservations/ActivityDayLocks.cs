using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Database locks on (activity, day): whoever changes the places of a day first updates its
/// <see cref="ActivityDay"/> row, which holds that row's lock until its transaction ends, on every
/// provider and across nodes. Locks are taken in <see cref="ActivityDayKey"/> order, so two
/// transactions locking several days never wait for each other in a circle.
/// </summary>
internal sealed class ActivityDayLocks(AppDbContext db)
{
    /// <summary>
    /// Creates the missing rows in commits of their own (call it before the transaction that
    /// locks them, with nothing else pending in the context): a row another node inserted at the
    /// same moment is simply there.
    /// </summary>
    public async Task EnsureAsync(IReadOnlyCollection<ActivityDayKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Les jours d'activité se créent hors de la transaction qui les verrouille, sans autre modification en attente.");
        }

        var missing = await MissingAsync(keys, cancellationToken);
        // All at once, and one by one when another request inserted some of them meanwhile.
        if (!await TryInsertAsync(missing, cancellationToken) && missing.Count > 1)
        {
            foreach (var key in missing)
            {
                await TryInsertAsync([key], cancellationToken);
            }
        }
    }

    /// <summary>Locks the rows in order, inside the caller's transaction; they must exist (<see cref="EnsureAsync"/>).</summary>
    public async Task LockAsync(IEnumerable<ActivityDayKey> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Un verrou de jour d'activité ne vaut que dans une transaction.");
        }

        foreach (var key in keys.Distinct().Order())
        {
            var locked = await db.ActivityDays.Where(d => d.ActivityId == key.ActivityId && d.Day == key.Day)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockCount, d => d.LockCount + 1), cancellationToken);
            if (locked != 1)
            {
                throw new InvalidOperationException($"Le jour {key.Day} de l'activité {key.ActivityId} n'existe pas : appelez EnsureAsync avant.");
            }
        }
    }

    private async Task<bool> TryInsertAsync(List<ActivityDayKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return true;
        }

        var rows = keys.Select(k => db.ActivityDays.Add(new ActivityDay { ActivityId = k.ActivityId, Day = k.Day })).ToList();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            rows.ForEach(r => r.State = EntityState.Detached);
        }
    }

    private async Task<List<ActivityDayKey>> MissingAsync(IReadOnlyCollection<ActivityDayKey> keys, CancellationToken cancellationToken)
    {
        var activities = keys.Select(k => k.ActivityId).Distinct().ToList();
        var from = keys.Min(k => k.Day);
        var to = keys.Max(k => k.Day);
        var existing = (await db.ActivityDays.AsNoTracking().Where(d => activities.Contains(d.ActivityId) && d.Day >= from && d.Day <= to)
            .Select(d => new { d.ActivityId, d.Day }).ToListAsync(cancellationToken))
            .Select(d => new ActivityDayKey(d.ActivityId, d.Day)).ToHashSet();
        return [.. keys.Distinct().Where(k => !existing.Contains(k)).Order()];
    }
}
