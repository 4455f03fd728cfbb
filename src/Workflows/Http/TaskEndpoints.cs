using System.Security.Claims;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Http;

internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/tasks", async (ClaimsPrincipal user, WorkflowDb db, CancellationToken ct) =>
        {
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            var name = user.Identity?.Name ?? "";
            var tasks = await db.Tasks.AsNoTracking()
                .Where(t => t.Status == HumanTaskStatus.Open && ((t.Role != null && roles.Contains(t.Role)) || t.Assignee == name || t.ClaimedBy == name))
                .OrderBy(t => t.CreatedAt).Take(500).ToListAsync(ct);
            return TypedResults.Ok(tasks);
        }).WithName("ListMyWorkflowTasks").WithSummary("Tâches ouvertes pour mes rôles ou assignées à moi");

        staff.MapPost("/tasks/{id:guid}/claim", async Task<Results<NoContent, Conflict>> (Guid id, ClaimsPrincipal user, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.ClaimTaskAsync(id, user.Identity?.Name ?? "", ct) ? TypedResults.NoContent() : TypedResults.Conflict())
            .WithName("ClaimWorkflowTask").WithSummary("Prendre la tâche");

        staff.MapPost("/tasks/{id:guid}/complete", async Task<Results<Ok<string>, NotFound, Conflict<string>, BadRequest<string>>> (Guid id, CompleteTaskRequest request, ClaimsPrincipal user, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.CompleteTaskAsync(id, request.Outcome, request.FormData, user.Identity?.Name ?? "", ct) switch
            {
                TaskCompletionResult.Completed => TypedResults.Ok("Tâche terminée."),
                TaskCompletionResult.NotFound => TypedResults.NotFound(),
                TaskCompletionResult.InvalidOutcome => TypedResults.BadRequest($"Issue « {request.Outcome} » non autorisée pour cette tâche."),
                _ => TypedResults.Conflict("Cette tâche a déjà été traitée."),
            })
            .WithName("CompleteWorkflowTask").WithSummary("Terminer la tâche avec une issue");
    }
}
