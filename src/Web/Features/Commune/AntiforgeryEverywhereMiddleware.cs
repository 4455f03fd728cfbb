using Microsoft.AspNetCore.Antiforgery;

namespace DossierFamille.Web.Features.Commune;

/// <summary>
/// Every state-changing request carries a valid antiforgery token (the form field, or the
/// <c>RequestVerificationToken</c> header for the workflow API), whatever the endpoint binds:
/// checked before authorization, so no endpoint, role or form shape escapes it. Only an endpoint
/// that opts out explicitly (<c>DisableAntiforgery()</c>, e.g. a server-to-server callback) is left
/// to its own checks.
/// </summary>
internal sealed class AntiforgeryEverywhereMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsSafe(context.Request.Method)
            && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false }
            && !await antiforgery.IsRequestValidAsync(context))
        {
            // No body: the status-code pages answer with the portal's French 400 page (problem+json under /api).
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
