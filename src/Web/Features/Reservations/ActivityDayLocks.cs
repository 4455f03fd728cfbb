using System.Globalization;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// Locks the rows in order, inside the caller's transaction; they must exist (<see cref="EnsureAsync"/>).
    /// One UPDATE per row, in order, sent together: a validation of a month locks its days in one round trip.
    /// </summary>
    public async Task LockAsync(IEnumerable<ActivityDayKey> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Un verrou de jour d'activité ne vaut que dans une transaction.");
        }

        var update = LockStatement();
        foreach (var chunk in keys.Distinct().Order().Chunk(RowsPerCommand))
        {
            var parameters = chunk.SelectMany(k => new object[] { k.ActivityId, k.Day }).ToArray();
            var locked = await db.Database.ExecuteSqlRawAsync(string.Concat(chunk.Select((_, i) => update(2 * i, (2 * i) + 1))), parameters, cancellationToken);
            if (locked != chunk.Length)
            {
                throw new InvalidOperationException($"Des jours de {string.Join(", ", chunk.Select(k => $"{k.Day} (activité {k.ActivityId})"))} n'existent pas : appelez EnsureAsync avant.");
            }
        }
    }

    /// <summary>SQL Server takes at most 2,100 parameters in a command.</summary>
    private const int RowsPerCommand = 500;

    /// <summary>The UPDATE of one row in the provider's quoting, given the numbers of its two parameters.</summary>
    private Func<int, int, string> LockStatement()
    {
        var entity = db.Model.FindEntityType(typeof(ActivityDay))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var (name, count, activity, day) = (sql.DelimitIdentifier(table.Name, table.Schema), Column(nameof(ActivityDay.LockCount)), Column(nameof(ActivityDay.ActivityId)), Column(nameof(ActivityDay.Day)));
        return (activityParameter, dayParameter) => string.Create(CultureInfo.InvariantCulture, $"UPDATE {name} SET {count} = {count} + 1 WHERE {activity} = {{{activityParameter}}} AND {day} = {{{dayParameter}}};\n");
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
