using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// Simulates the process dying while it commits: when armed, the next SaveChanges that adds an
/// email whose subject contains the marker fails before anything reaches the database.
/// </summary>
public sealed class CrashingCommit : SaveChangesInterceptor
{
    private string? marker;

    public int Crashes { get; private set; }

    public void ArmFor(string subjectMarker) => marker = subjectMarker;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var armed = marker;
        if (armed is not null && eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added && e.Entity.Subject.Contains(armed, StringComparison.Ordinal)))
        {
            marker = null;
            Crashes++;
            throw new SimulatedCrashException();
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

public sealed class SimulatedCrashException() : Exception("Arrêt simulé du processus pendant la validation de l'étape.");
