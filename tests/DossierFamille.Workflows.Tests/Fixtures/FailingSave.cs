using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>While armed for an instance, every step that consumes one of its bookmarks fails on save (a full disk, a broken constraint).</summary>
public sealed class FailingSave : SaveChangesInterceptor
{
    public Guid? InstanceId { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (InstanceId is { } id && eventData.Context!.ChangeTracker.Entries<WfBookmark>().Any(e => e.State == EntityState.Deleted && e.Entity.InstanceId == id))
        {
            throw new InvalidOperationException("Disque plein");
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
