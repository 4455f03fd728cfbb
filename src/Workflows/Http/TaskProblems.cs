using DossierFamille.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Http;

/// <summary>Why a task cannot be claimed or completed, told to the staff member (the task is read again for the details).</summary>
internal static class TaskProblems
{
    public static ProblemHttpResult NotFound => ApiProblems.NotFound("Tâche introuvable.");

    public static ProblemHttpResult AlreadyCompleted => ApiProblems.Conflict("Cette tâche a déjà été traitée.");

    public static ProblemHttpResult Anonymous => ApiProblems.Forbidden("Votre compte n'a pas de nom d'utilisateur : les tâches ne peuvent pas vous être attribuées.");

    public static async Task<ProblemHttpResult> ForbiddenAsync(WorkflowDb db, Guid id, CancellationToken ct)
    {
        var task = await FindAsync(db, id, ct);
        return ApiProblems.Forbidden(task switch
        {
            { Role: { Length: > 0 } role } => $"Cette tâche est réservée au rôle « {role} ».",
            { Assignee: { Length: > 0 } assignee } => $"Cette tâche est assignée à {assignee}.",
            _ => "Cette tâche ne vous est pas proposée.",
        });
    }

    public static async Task<ProblemHttpResult> ClaimedByOtherAsync(WorkflowDb db, Guid id, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { ClaimedBy: { } claimedBy }
            ? ApiProblems.Conflict($"Cette tâche a été prise par {claimedBy} : seule cette personne peut la terminer.")
            : AlreadyCompleted;

    public static async Task<ProblemHttpResult> InvalidOutcomeAsync(WorkflowDb db, Guid id, string outcome, CancellationToken ct)
    {
        var allowed = (await FindAsync(db, id, ct))?.AllowedOutcomes ?? [];
        return ApiProblems.BadRequest($"Issue « {outcome} » non autorisée pour cette tâche : {string.Join(", ", allowed)}.");
    }

    private static Task<WfHumanTask?> FindAsync(WorkflowDb db, Guid id, CancellationToken ct) =>
        db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
}
