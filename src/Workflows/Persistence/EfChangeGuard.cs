using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Persistence;

/// <summary>Discards the DbContext changes an activity made before it faulted, so they are not committed with the fault.</summary>
internal sealed class EfChangeGuard(DbContext context) : IActivityChangeGuard
{
    public object Mark() => context.ChangeTracker.Entries()
        .Where(e => e.State != EntityState.Unchanged)
        .Select(e => e.Entity)
        .ToHashSet(ReferenceEqualityComparer.Instance);

    public void Revert(object mark)
    {
        var before = (HashSet<object>)mark;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged && !before.Contains(e.Entity)).ToList())
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else
            {
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }
}
