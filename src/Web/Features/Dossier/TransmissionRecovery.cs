using DossierFamille.Web.Data;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// A fiche and its review signal commit together; fiches left transmitted without a review by
/// earlier versions of the portal (which committed them apart) get their review from this service.
/// A fiche needs one when no review instance was created since its last transmission: the review of
/// an earlier transmission (refused, then corrected) does not count. The trigger never starts a
/// second review while one runs.
/// </summary>
internal sealed partial class TransmissionRecovery(IServiceScopeFactory scopes, TimeProvider time, ILogger<TransmissionRecovery> logger) : BackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        do
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1305", Justification = "int.ToString() is translated to SQL, where no culture applies.")]
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = time.GetUtcNow() - Grace;
        var reviews = db.Set<WfInstance>().Where(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId);
        var candidates = await db.Fiches
            .Where(f => f.Status == FicheStatus.Transmise && f.TransmittedAt <= before
                && !reviews.Any(i => i.CorrelationId == f.Id.ToString() && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended || i.Status == WorkflowStatus.Faulted)))
            .OrderBy(f => f.TransmittedAt).Select(f => new { f.Id, f.TransmittedAt }).Take(200).ToListAsync(cancellationToken);
        var correlations = candidates.Select(f => DossierService.ReviewCorrelation(f.Id)).ToList();
        var latest = (await reviews.Where(i => correlations.Contains(i.CorrelationId!)).Select(i => new { i.CorrelationId, i.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(i => i.CorrelationId!).ToDictionary(g => g.Key, g => g.Max(i => i.CreatedAt));
        var orphans = candidates.Where(f => !latest.TryGetValue(DossierService.ReviewCorrelation(f.Id), out var created) || created < f.TransmittedAt!.Value.UtcDateTime).ToList();
        var restarted = 0;
        foreach (var fiche in orphans)
        {
            restarted += await RestartReviewAsync(fiche.Id, cancellationToken) ? 1 : 0;
        }

        return restarted;
    }

    /// <summary>The fiche's revision and the review's start commit together: another node doing the same at once conflicts and starts nothing.</summary>
    private async Task<bool> RestartReviewAsync(int ficheId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fiche = await db.Fiches.SingleAsync(f => f.Id == ficheId, cancellationToken);
        if (fiche.Status != FicheStatus.Transmise)
        {
            return false;
        }

        fiche.RestartReview(time.GetUtcNow());
        db.FicheEvents.Add(new FicheEvent { FicheId = fiche.Id, At = time.GetUtcNow(), Actor = "Portail Famille", Action = "Revue relancée", Detail = "La revue de cette transmission manquait : elle a été démarrée." });
        try
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowStep>().SendSignalAsync(DossierService.TransmittedSignal, DossierService.ReviewCorrelation(ficheId), null, cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recovery of transmitted fiches failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
