using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// Simulates the process dying while it commits: when armed, the next SaveChanges that adds an
/// email whose subject contains the marker (or that changes an entity of the given type in the given
/// way) fails before anything reaches the database.
/// </summary>
public sealed class CrashingCommit : SaveChangesInterceptor
{
    private string? marker;
    private Func<DbContext, bool>? condition;

    public int Crashes { get; private set; }

    public void ArmFor(string subjectMarker) => marker = subjectMarker;

    /// <summary>Crashes the next SaveChanges of a context in which <paramref name="when"/> holds.</summary>
    public void ArmWhen(Func<DbContext, bool> when) => condition = when;

    public void ArmFor<TEntity>(EntityState state)
        where TEntity : class => condition = context => context.ChangeTracker.Entries<TEntity>().Any(e => e.State == state);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var armed = marker;
        var when = condition;
        if ((armed is not null && eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added && e.Entity.Subject.Contains(armed, StringComparison.Ordinal)))
            || (when is not null && when(eventData.Context!)))
        {
            marker = null;
            condition = null;
            Crashes++;
            throw new SimulatedCrashException();
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

public sealed class SimulatedCrashException() : Exception("Arrêt simulé du processus pendant la validation de l'étape.");
