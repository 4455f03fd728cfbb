using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>The gestionnaires' side: the queue fed by the engine's open review tasks, and the decision.</summary>
public sealed class FicheReviews(AppDbContext db, IWorkflowRuntime workflows, TimeProvider time)
{
    public async Task<IReadOnlyList<ReviewQueueItem>> QueueAsync(ReviewQueueFilter filter, CancellationToken cancellationToken)
    {
        var tasks = await OpenReviewTasks().Select(t => new { t.Id, t.InstanceId, t.CorrelationId }).ToListAsync(cancellationToken);
        var byFiche = tasks.Where(t => t.CorrelationId is not null)
            .ToDictionary(t => int.Parse(t.CorrelationId!, CultureInfo.InvariantCulture), t => t);
        var ids = byFiche.Keys.ToList();
        var query = db.Fiches.AsNoTracking().Where(f => ids.Contains(f.Id) && f.Status == FicheStatus.Transmise);
        if (filter.Kind is { } kind)
        {
            query = query.Where(f => f.Kind == kind);
        }

        if (filter.StructureId is { } structureId)
        {
            query = query.Where(f => db.Enrolments.Any(e => e.StructureId == structureId && e.Child!.FamilyId == f.FamilyId && (f.ChildId == null || e.ChildId == f.ChildId)));
        }

        if (filter.MinWaitingDays is { } days)
        {
            var before = time.GetUtcNow().AddDays(-days);
            query = query.Where(f => f.TransmittedAt <= before);
        }

        var rows = await query.OrderBy(f => f.TransmittedAt)
            .Join(db.Families, f => f.FamilyId, fam => fam.Id, (f, fam) => new { f.Id, f.Title, f.Kind, f.FamilyId, fam.Name, f.TransmittedAt })
            .Take(500).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ReviewQueueItem(r.Id, r.Title, r.Kind, r.FamilyId, r.Name, r.TransmittedAt!.Value, byFiche[r.Id].Id, byFiche[r.Id].InstanceId))];
    }

    public Task<WfHumanTask?> OpenTaskAsync(int ficheId, CancellationToken cancellationToken)
    {
        var correlation = ficheId.ToString(CultureInfo.InvariantCulture);
        return OpenReviewTasks().FirstOrDefaultAsync(t => t.CorrelationId == correlation, cancellationToken);
    }

    /// <summary>The most recent "Revue de fiche" instance of the fiche (a refused fiche transmitted again has several).</summary>
    public Task<Guid?> LatestInstanceAsync(int ficheId, CancellationToken cancellationToken)
    {
        var correlation = ficheId.ToString(CultureInfo.InvariantCulture);
        return db.Set<WfInstance>().Where(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation)
            .OrderByDescending(i => i.CreatedAt).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Completes the review task; a refusal needs a motif, general or for some documents (piece id →
    /// motif), which the family reads as one text. A second click finds the task done.
    /// </summary>
    public async Task<string?> DecideAsync(int ficheId, bool accept, string? motif, IReadOnlyDictionary<int, string> pieceMotifs, string user, CancellationToken cancellationToken)
    {
        if (pieceMotifs.Count > 0)
        {
            var pieces = await db.FichePieces.AsNoTracking().Where(p => p.FicheId == ficheId && pieceMotifs.Keys.Contains(p.Id))
                .Join(db.PieceRules, p => p.PieceCode, r => r.Code, (p, r) => new { p.Id, r.Label, p.DisplayName }).ToListAsync(cancellationToken);
            motif = string.Join('\n', new[] { motif?.Trim() }.Concat(pieces.OrderBy(p => p.Label).Select(p => $"{p.Label} ({p.DisplayName}) : {pieceMotifs[p.Id].Trim()}")).Where(m => !string.IsNullOrEmpty(m)));
        }

        if (!accept && string.IsNullOrWhiteSpace(motif))
        {
            return "Indiquez le motif du refus : la famille le lira pour corriger sa fiche.";
        }

        if (await OpenTaskAsync(ficheId, cancellationToken) is not { } task)
        {
            return "Cette fiche a déjà été traitée.";
        }

        var outcome = accept ? ApplyFicheDecisionActivity.Accept : ApplyFicheDecisionActivity.Refuse;
        var result = await workflows.CompleteTaskAsync(task.Id, outcome, new JsonObject { ["motif"] = motif?.Trim() }, user, cancellationToken);
        return result == TaskCompletionResult.Completed ? null : "Cette fiche a déjà été traitée.";
    }

    private IQueryable<WfHumanTask> OpenReviewTasks() =>
        db.Set<WfHumanTask>().Where(t => t.Status == HumanTaskStatus.Open && t.ActivityId == FicheReviewWorkflow.ReviewActivity
            && db.Set<WfInstance>().Any(i => i.Id == t.InstanceId && i.DefinitionId == FicheReviewWorkflow.DefinitionId));
}
