using System.Security.Claims;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Http;

/// <summary>Human tasks: a staff member sees, claims and completes the tasks offered to them (<see cref="WfHumanTask.IsOfferedTo"/>).</summary>
internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/tasks", async (ClaimsPrincipal user, WorkflowDb db, CancellationToken ct) =>
        {
            var name = user.Identity?.Name is { Length: > 0 } n ? n : null;
            var roles = Roles(user);
            var tasks = await db.Tasks.AsNoTracking()
                .Where(t => t.Status == HumanTaskStatus.Open
                    && ((name != null && (t.Assignee == name || t.ClaimedBy == name))
                        || (t.Role != null && t.Role != "" && roles.Contains(t.Role))
                        || ((t.Role == null || t.Role == "") && (t.Assignee == null || t.Assignee == ""))))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(500).ToListAsync(ct);
            return TypedResults.Ok(tasks);
        }).WithName("ListMyWorkflowTasks").WithSummary("Tâches ouvertes pour mes rôles, assignées à moi, prises par moi ou sans destinataire");

        staff.MapPost("/tasks/{id:guid}/claim", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, IWorkflowRuntime runtime, WorkflowDb db, CancellationToken ct) =>
        {
            if (Actor(user) is not { } actor)
            {
                return TaskProblems.Anonymous;
            }

            return await runtime.ClaimTaskAsync(id, actor, ct) switch
            {
                TaskClaimResult.Claimed => TypedResults.NoContent(),
                TaskClaimResult.NotFound => TaskProblems.NotFound,
                TaskClaimResult.Forbidden => await TaskProblems.ForbiddenAsync(db, id, ct),
                TaskClaimResult.ClaimedByOther => await TaskProblems.ClaimedByOtherAsync(db, id, ct),
                _ => TaskProblems.AlreadyCompleted,
            };
        }).WithName("ClaimWorkflowTask").WithSummary("Prendre la tâche (réservée ensuite à la personne qui l'a prise)")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPost("/tasks/{id:guid}/complete", async Task<Results<Ok<string>, ProblemHttpResult>> (Guid id, HttpRequest request, ClaimsPrincipal user, IWorkflowRuntime runtime, WorkflowDb db, CancellationToken ct) =>
        {
            var body = await JsonBodyReader.ReadAsync<CompleteTaskRequest>(request, ct);
            if (body.Failed)
            {
                return body.Problem;
            }

            if (string.IsNullOrWhiteSpace(body.Value.Outcome))
            {
                return ApiProblems.BadRequest("Requête incomplète : « outcome » (l'issue choisie, par exemple « Accepter ») est obligatoire.");
            }

            if (Actor(user) is not { } actor)
            {
                return TaskProblems.Anonymous;
            }

            return await runtime.CompleteTaskAsync(id, body.Value.Outcome, body.Value.FormData, actor, ct) switch
            {
                TaskCompletionResult.Completed => TypedResults.Ok("Tâche terminée."),
                TaskCompletionResult.NotFound => TaskProblems.NotFound,
                TaskCompletionResult.Forbidden => await TaskProblems.ForbiddenAsync(db, id, ct),
                TaskCompletionResult.ClaimedByOther => await TaskProblems.ClaimedByOtherAsync(db, id, ct),
                TaskCompletionResult.InvalidOutcome => await TaskProblems.InvalidOutcomeAsync(db, id, body.Value.Outcome, ct),
                _ => TaskProblems.AlreadyCompleted,
            };
        }).WithName("CompleteWorkflowTask").WithSummary("Terminer la tâche avec une issue").AcceptsJson<CompleteTaskRequest>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    /// <summary>The caller as the runtime sees them: their name and role claims; null without a name.</summary>
    private static TaskActor? Actor(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? new TaskActor(name, Roles(user)) : null;

    /// <summary>The role claims of all the caller's identities, as <see cref="ClaimsPrincipal.IsInRole"/> reads them.</summary>
    private static List<string> Roles(ClaimsPrincipal user) =>
        [.. user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct(StringComparer.Ordinal)];
}
