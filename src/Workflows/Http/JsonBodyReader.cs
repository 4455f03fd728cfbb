using System.Text;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Definitions.Elsa;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Http;

/// <summary>
/// Reads JSON bodies in the handlers rather than through parameter binding, whose failure is an empty 400 in production:
/// a malformed body gets a French problem naming the line and the field (see <see cref="JsonText"/>).
/// </summary>
internal static class JsonBodyReader
{
    public const string ContentType = "application/json";

    /// <summary>A request object, read with the host's JSON options as parameter binding would.</summary>
    public static Task<RequestBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return ReadAsync(
            request,
            text => JsonText.TryRead<T>(text, options, out var value, out var error)
                ? RequestBody<T>.Of(value)
                : RequestBody<T>.Refused(ApiProblems.BadRequest(error)),
            cancellationToken);
    }

    /// <summary>A definition in its Elsa-shaped JSON, read and checked as <see cref="WorkflowJson.Parse"/> does for files.</summary>
    public static Task<RequestBody<WorkflowDefinitionModel>> ReadDefinitionAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(
            request,
            text =>
            {
                try
                {
                    return RequestBody<WorkflowDefinitionModel>.Of(WorkflowJson.Parse(text));
                }
                catch (WorkflowDefinitionException ex)
                {
                    return RequestBody<WorkflowDefinitionModel>.Refused(ApiProblems.BadRequest(ex.Message));
                }
            },
            cancellationToken);

    /// <summary>An imported file: a definition of this engine, or an Elsa 3 export converted with its report of what is left out.</summary>
    public static Task<RequestBody<ElsaImportResult>> ReadImportAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(
            request,
            text =>
            {
                try
                {
                    return RequestBody<ElsaImportResult>.Of(ElsaImport.IsElsaExport(text) ? ElsaImport.Convert(text) : new ElsaImportResult(WorkflowJson.Parse(text), []));
                }
                catch (WorkflowDefinitionException ex)
                {
                    return RequestBody<ElsaImportResult>.Refused(ApiProblems.BadRequest(ex.Message));
                }
            },
            cancellationToken);

    private static async Task<RequestBody<T>> ReadAsync<T>(HttpRequest request, Func<string, RequestBody<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        // A declared non-JSON type never gets here: routing answers 415 from the Accepts metadata. This covers a missing Content-Type.
        if (!request.HasJsonContentType())
        {
            return RequestBody<T>.Refused(ApiProblems.UnsupportedMediaType($"Le corps de la requête doit être du JSON (en-tête Content-Type: {ContentType})."));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return parse(await reader.ReadToEndAsync(cancellationToken));
    }
}
