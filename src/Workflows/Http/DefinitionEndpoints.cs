using System.Text;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DossierFamille.Workflows.Http;

internal static class DefinitionEndpoints
{
    public static void Map(RouteGroupBuilder staff, RouteGroupBuilder admin)
    {
        staff.MapGet("/definitions", async (IWorkflowDefinitionService definitions, CancellationToken ct) =>
            TypedResults.Ok((await definitions.ListLatestAsync(ct)).Select(DefinitionSummary.From).ToList()))
            .WithName("ListWorkflowDefinitions").WithSummary("Dernière version de chaque définition");

        staff.MapGet("/definitions/{definitionId}", async Task<Results<ContentHttpResult, NotFound>> (string definitionId, int? version, IWorkflowDefinitionService definitions, CancellationToken ct) =>
            await definitions.GetAsync(definitionId, version, ct) is { } row ? TypedResults.Text(row.Json, JsonBodyReader.ContentType) : TypedResults.NotFound())
            .WithName("GetWorkflowDefinition").WithSummary("JSON d'une version (par défaut la plus récente)")
            .Produces<WorkflowDefinitionModel>(StatusCodes.Status200OK, JsonBodyReader.ContentType);

        staff.MapGet("/definitions/{definitionId}/versions", async (string definitionId, IWorkflowDefinitionService definitions, CancellationToken ct) =>
            TypedResults.Ok((await definitions.VersionsAsync(definitionId, ct)).Select(DefinitionSummary.From).ToList()))
            .WithName("ListWorkflowVersions").WithSummary("Versions d'une définition");

        staff.MapGet("/definitions/{definitionId}/export", async Task<Results<FileContentHttpResult, NotFound>> (string definitionId, int? version, IWorkflowDefinitionService definitions, CancellationToken ct) =>
            await definitions.GetAsync(definitionId, version, ct) is { } row
                ? TypedResults.File(Encoding.UTF8.GetBytes(row.Json), JsonBodyReader.ContentType, $"{row.DefinitionId}-v{row.Version}.json")
                : TypedResults.NotFound())
            .WithName("ExportWorkflowDefinition").WithSummary("Télécharger le JSON d'une version");

        admin.MapPut("/definitions/{definitionId}/draft", async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> (string definitionId, HttpRequest request, IWorkflowDefinitionService definitions, CancellationToken ct) =>
        {
            var body = await JsonBodyReader.ReadDefinitionAsync(request, ct);
            if (body.Failed)
            {
                return body.Problem;
            }

            if (!string.Equals(body.Value.DefinitionId, definitionId, StringComparison.Ordinal))
            {
                return ApiProblems.BadRequest($"Le definitionId du corps (« {body.Value.DefinitionId} ») diffère de celui de l'adresse (« {definitionId} »).");
            }

            return TypedResults.Ok(DefinitionSummary.From(await definitions.SaveDraftAsync(body.Value, ct)));
        }).WithName("SaveWorkflowDraft").WithSummary("Enregistrer le brouillon").AcceptsJson<WorkflowDefinitionModel>();

        admin.MapPost("/definitions/validate", async Task<Results<Ok<IReadOnlyList<ValidationError>>, ProblemHttpResult>> (HttpRequest request, IWorkflowDefinitionService definitions, CancellationToken ct) =>
        {
            var body = await JsonBodyReader.ReadDefinitionAsync(request, ct);
            return body.Failed ? body.Problem : TypedResults.Ok(definitions.Validate(body.Value));
        }).WithName("ValidateWorkflowDefinition").WithSummary("Erreurs de validation (vide si publiable)").AcceptsJson<WorkflowDefinitionModel>();

        admin.MapPost("/definitions/{definitionId}/publish", async Task<Results<Ok<PublishResult>, UnprocessableEntity<PublishResult>>> (string definitionId, IWorkflowDefinitionService definitions, CancellationToken ct) =>
        {
            var result = await definitions.PublishAsync(definitionId, ct);
            return result.Published ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
        })
            .WithName("PublishWorkflowDefinition").WithSummary("Publier le brouillon");

        admin.MapPost("/definitions/{definitionId}/retract", async Task<Results<NoContent, NotFound>> (string definitionId, IWorkflowDefinitionService definitions, CancellationToken ct) =>
            await definitions.RetractAsync(definitionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("RetractWorkflowDefinition").WithSummary("Retirer la version publiée");

        admin.MapPost("/definitions/{definitionId}/versions/{version:int}/rollback", async Task<Results<Ok<DefinitionSummary>, NotFound>> (string definitionId, int version, IWorkflowDefinitionService definitions, CancellationToken ct) =>
            await definitions.RollbackAsync(definitionId, version, ct) is { } draft ? TypedResults.Ok(DefinitionSummary.From(draft)) : TypedResults.NotFound())
            .WithName("RollbackWorkflowDefinition").WithSummary("Nouveau brouillon à partir d'une ancienne version");

        admin.MapPost("/definitions/{definitionId}/instances", async Task<Results<CreatedAtRoute<StartedInstance>, ProblemHttpResult>> (string definitionId, HttpRequest request, DefinitionStore store, IWorkflowRuntime runtime, CancellationToken ct) =>
        {
            if (await store.FindPublishedAsync(definitionId, ct) is null)
            {
                return ApiProblems.NotFound($"Le workflow « {definitionId} » n'existe pas ou n'a pas de version publiée : publiez-le avant d'en démarrer une instance.");
            }

            var withoutBody = request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null);
            var body = withoutBody ? RequestBody<StartInstanceRequest>.Of(new StartInstanceRequest(null, null)) : await JsonBodyReader.ReadAsync<StartInstanceRequest>(request, ct);
            if (body.Failed)
            {
                return body.Problem;
            }

            var started = await runtime.StartAsync(definitionId, body.Value.Input, body.Value.CorrelationId, ct);
            return TypedResults.CreatedAtRoute(new StartedInstance(started.InstanceId, started.Status.ToString()), "GetWorkflowInstance", new { id = started.InstanceId });
        }).WithName("StartWorkflowInstance").WithSummary("Démarrer une instance de la version publiée (entrée et corrélation facultatives) ; 201 avec l'adresse de l'instance")
            .AcceptsJson<StartInstanceRequest>().ProducesProblem(StatusCodes.Status404NotFound);

        // An Elsa 3 export is converted first; if anything would be left out, nothing is saved until the caller accepts the losses.
        admin.MapPost("/definitions/import", async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> (HttpRequest request, bool? acceptLosses, IWorkflowDefinitionService definitions, CancellationToken ct) =>
        {
            var body = await JsonBodyReader.ReadImportAsync(request, ct);
            if (body.Failed)
            {
                return body.Problem;
            }

            return body.Value.Issues.Count > 0 && acceptLosses != true
                ? ApiProblems.ImportLosses(body.Value.Issues)
                : TypedResults.Ok(DefinitionSummary.From(await definitions.SaveDraftAsync(body.Value.Model, ct)));
        }).WithName("ImportWorkflowDefinition").WithSummary("Importer un fichier JSON (de ce moteur ou exporté d'Elsa 3) comme brouillon")
            .AcceptsJson<WorkflowDefinitionModel>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
