using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// A fiche is locked and committed before its review signal is sent: if the process died in
/// between, the fiche is transmitted without a review. This service sends the signal again
/// for such fiches (the trigger never starts a second review for the same fiche).
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

    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = time.GetUtcNow() - Grace;
        var transmitted = await db.Fiches.Where(f => f.Status == FicheStatus.Transmise && f.TransmittedAt <= before).Select(f => f.Id).Take(200).ToListAsync(cancellationToken);
        var correlations = transmitted.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var reviewed = await db.Set<WfInstance>().Where(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && correlations.Contains(i.CorrelationId!))
            .Select(i => i.CorrelationId!).ToListAsync(cancellationToken);
        var dossier = scope.ServiceProvider.GetRequiredService<DossierService>();
        var orphans = correlations.Except(reviewed).ToList();
        foreach (var correlation in orphans)
        {
            await dossier.StartReviewAsync(int.Parse(correlation, CultureInfo.InvariantCulture), cancellationToken);
        }

        return orphans.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recovery of transmitted fiches failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
