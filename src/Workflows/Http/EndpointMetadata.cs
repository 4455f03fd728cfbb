using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierFamille.Workflows.Http;

/// <summary>OpenAPI descriptions shared by the API's endpoints.</summary>
internal static class EndpointMetadata
{
    /// <summary>The JSON body the handler reads itself (<see cref="JsonBodyReader"/>) and the problems a bad body gets.</summary>
    public static RouteHandlerBuilder AcceptsJson<TBody>(this RouteHandlerBuilder builder)
        where TBody : notnull =>
        builder.Accepts<TBody>(JsonBodyReader.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            builder.ProducesProblem(statusCode);
        }

        return builder;
    }
}
