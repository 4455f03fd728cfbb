using DossierFamille.Web.Features.Email;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// Simulates the process dying while it commits: when armed, the next SaveChanges that matches
/// (adds an email whose subject contains a marker, or runs a step of a workflow) fails before
/// anything reaches the database.
/// </summary>
public sealed class CrashingCommit : SaveChangesInterceptor, IDisposable
{
    private Func<ChangeTracker, bool>? trigger;
    private bool killsProcess;
    private CancellationTokenSource life = new();

    public int Crashes { get; private set; }

    /// <summary>Cancelled when a <see cref="KillOn{TEntity}"/> crash kills the simulated process.</summary>
    public CancellationToken ProcessLife => life.Token;

    /// <summary>A new process starts: runs after a crash get a live token again.</summary>
    public void Restart()
    {
        if (life.IsCancellationRequested)
        {
            life.Dispose();
            life = new CancellationTokenSource();
        }
    }

    public void ArmFor(string subjectMarker) =>
        trigger = tracker => tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added && e.Entity.Subject.Contains(subjectMarker, StringComparison.Ordinal));

    /// <summary>Crashes the next commit that starts or moves on an instance of the workflow.</summary>
    public void ArmForStepOf(string definitionId) =>
        trigger = tracker => tracker.Entries<WfInstance>().Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.DefinitionId == definitionId);

    /// <summary>
    /// Kills the process at the next commit that has an entity of the type in the given state: the
    /// scheduler run stops as on a killed node (no incident), and the next run is a restarted process.
    /// </summary>
    public void KillOn<TEntity>(EntityState state)
        where TEntity : class => KillWhen(context => context.ChangeTracker.Entries<TEntity>().Any(e => e.State == state));

    /// <summary>As <see cref="KillOn{TEntity}"/>, at the next SaveChanges of a context in which <paramref name="when"/> holds.</summary>
    public void KillWhen(Func<DbContext, bool> when)
    {
        trigger = tracker => when(tracker.Context);
        killsProcess = true;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var armed = trigger;
        if (armed is not null && armed(eventData.Context!.ChangeTracker))
        {
            trigger = null;
            Crashes++;
            if (killsProcess)
            {
                killsProcess = false;
                life.Cancel();
            }

            throw new SimulatedCrashException();
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public void Dispose() => life.Dispose();
}

public sealed class SimulatedCrashException() : Exception("Arrêt simulé du processus pendant la validation de l'étape.");
