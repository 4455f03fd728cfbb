using System.Text.Json.Nodes;
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
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/instances", async (string? definitionId, WorkflowStatus? status, string? correlationId, int? skip, int? take, WorkflowDb db, CancellationToken ct) =>
        {
            var query = db.Instances.AsNoTracking();
            query = definitionId is null ? query : query.Where(i => i.DefinitionId == definitionId);
            query = status is null ? query : query.Where(i => i.Status == status);
            query = correlationId is null ? query : query.Where(i => i.CorrelationId == correlationId);
            var rows = await query.OrderByDescending(i => i.CreatedAt).Skip(skip ?? 0).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(InstanceSummary.From).ToList());
        }).WithName("ListWorkflowInstances").WithSummary("Instances filtrées par définition, état, corrélation");

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

        staff.MapGet("/instances/{id:guid}/statistics", async (Guid id, WorkflowDb db, CancellationToken ct) =>
        {
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

        staff.MapPost("/instances/{id:guid}/cancel", async Task<Results<NoContent, NotFound>> (Guid id, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.CancelAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("CancelWorkflowInstance").WithSummary("Annuler l'instance");

        staff.MapPost("/instances/{id:guid}/retry", async Task<Results<NoContent, NotFound>> (Guid id, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.RetryAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("RetryWorkflowInstance").WithSummary("Relancer les activités en erreur");

        staff.MapPost("/instances/{id:guid}/skip", async Task<Results<NoContent, NotFound>> (Guid id, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.SkipAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("SkipWorkflowIncident").WithSummary("Passer les activités en erreur");

        staff.MapPost("/signals/{name}", async (string name, SignalRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
            TypedResults.Ok(await runtime.SendSignalAsync(name, request.CorrelationId, request.Payload, ct)))
            .WithName("SendWorkflowSignal").WithSummary("Envoyer un signal (reprise, démarrage ou mise en file)");
    }
}
