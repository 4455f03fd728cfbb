using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Http;

internal static class InstanceEndpoints
{
    private const string UnknownInstance = "Instance de workflow introuvable.";

    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/instances", async Task<Results<Ok<List<InstanceSummary>>, ProblemHttpResult>> (string? definitionId, string? status, string? correlationId, int? skip, int? take, WorkflowDb db, CancellationToken ct) =>
        {
            WorkflowStatus? wanted = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (Enum.GetNames<WorkflowStatus>().FirstOrDefault(n => n.Equals(status, StringComparison.OrdinalIgnoreCase)) is not { } name)
                {
                    return ApiProblems.BadRequest($"État inconnu « {status} » : {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
                }

                wanted = Enum.Parse<WorkflowStatus>(name);
            }

            var query = db.Instances.AsNoTracking();
            query = string.IsNullOrEmpty(definitionId) ? query : query.Where(i => i.DefinitionId == definitionId);
            query = wanted is null ? query : query.Where(i => i.Status == wanted);
            query = string.IsNullOrEmpty(correlationId) ? query : query.Where(i => i.CorrelationId == correlationId);
            var rows = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
                .Skip(Math.Max(skip ?? 0, 0)).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(InstanceSummary.From).ToList());
        }).WithName("ListWorkflowInstances").WithSummary("Instances filtrées par définition, état (Running, Suspended, Finished, Faulted, Cancelled) et corrélation, les plus récentes d'abord")
            .ProducesProblems(StatusCodes.Status400BadRequest);

        staff.MapGet("/instances/{id:guid}", async Task<Results<Ok<InstanceDetails>, NotFound>> (Guid id, WorkflowDb db, CancellationToken ct) =>
        {
            var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
            if (instance is null)
            {
                return TypedResults.NotFound();
            }

            var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Sequence).ToListAsync(ct);
            var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).ToListAsync(ct);
            var variables = StateSerializer.Deserialize(instance.StateJson).Variables;
            return TypedResults.Ok(new InstanceDetails(InstanceSummary.From(instance), variables, journal, incidents));
        }).WithName("GetWorkflowInstance").WithSummary("Instance avec journal, variables et incidents");

        staff.MapGet("/instances/{id:guid}/statistics", async Task<Results<Ok<List<NodeStatistics>>, NotFound>> (Guid id, WorkflowDb db, CancellationToken ct) =>
        {
            if (!await db.Instances.AnyAsync(i => i.Id == id, ct))
            {
                return TypedResults.NotFound();
            }

            var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).Select(j => new { j.ActivityId, j.EventName }).ToListAsync(ct);
            var waiting = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == id).Select(b => b.ActivityId).ToListAsync(ct);
            var ids = journal.Select(j => j.ActivityId).Concat(waiting).Distinct(StringComparer.Ordinal);
            return TypedResults.Ok(ids.Select(a => new NodeStatistics(
                a,
                journal.Count(j => j.ActivityId == a && j.EventName == JournalEvents.Completed),
                journal.Count(j => j.ActivityId == a && j.EventName == JournalEvents.Waiting),
                waiting.Count(w => w == a),
                journal.Count(j => j.ActivityId == a && j.EventName == JournalEvents.Faulted))).ToList());
        }).WithName("GetWorkflowInstanceStatistics").WithSummary("Compteurs par activité pour le concepteur");

        staff.MapPost("/instances/{id:guid}/cancel", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, IWorkflowRuntime runtime, WorkflowDb db, CancellationToken ct) =>
            await runtime.CancelAsync(id, ct) ? TypedResults.NoContent() : await RefusalAsync(db, id, "Cette instance est déjà terminée ou annulée.", ct))
            .WithName("CancelWorkflowInstance").WithSummary("Annuler l'instance")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPost("/instances/{id:guid}/retry", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, IWorkflowRuntime runtime, WorkflowDb db, CancellationToken ct) =>
            await runtime.RetryAsync(id, ct) ? TypedResults.NoContent() : await RefusalAsync(db, id, "Cette instance n'a aucune activité en erreur à relancer.", ct))
            .WithName("RetryWorkflowInstance").WithSummary("Relancer les activités en erreur")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPost("/instances/{id:guid}/skip", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, IWorkflowRuntime runtime, WorkflowDb db, CancellationToken ct) =>
            await runtime.SkipAsync(id, ct) ? TypedResults.NoContent() : await RefusalAsync(db, id, "Cette instance n'a aucune activité en erreur à passer.", ct))
            .WithName("SkipWorkflowIncident").WithSummary("Passer les activités en erreur")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPost("/signals/{name}", async Task<Results<Ok<SignalResult>, ProblemHttpResult>> (string name, HttpRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return ApiProblems.BadRequest("Le nom du signal est vide.");
            }

            var body = await JsonBodyReader.ReadAsync<SignalRequest>(request, ct);
            return body.Failed ? body.Problem : TypedResults.Ok(await runtime.SendSignalAsync(name, body.Value.CorrelationId, body.Value.Payload, ct));
        }).WithName("SendWorkflowSignal").WithSummary("Envoyer un signal (reprise, démarrage ou mise en file)").AcceptsJson<SignalRequest>();
    }

    /// <summary>Why the runtime did nothing: the instance does not exist (404), or it is not in a state for this action (409).</summary>
    private static async Task<ProblemHttpResult> RefusalAsync(WorkflowDb db, Guid id, string conflict, CancellationToken ct) =>
        await db.Instances.AnyAsync(i => i.Id == id, ct) ? ApiProblems.Conflict(conflict) : ApiProblems.NotFound(UnknownInstance);
}
