using Microsoft.AspNetCore.Diagnostics;

namespace DossierFamille.Web.Components;

/// <summary>
/// Errors read in French inside the portal's layout: an error status without a body (404 of a page or a download, 403, 400 of
/// a refused form…) is rendered by <c>Pages/StatusPage.razor</c>, an unexpected exception by <c>Pages/Error.razor</c>. The
/// HTTP APIs under /api answer application/problem+json instead.
/// </summary>
internal static class ErrorPages
{
    private const string ApiPrefix = "/api";

    public static IServiceCollection AddErrorPages(this IServiceCollection services) => services.AddProblemDetails();

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur", createScopeForErrors: true);
        }

        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePages(RenderStatusPageAsync));
        return app;
    }

    /// <summary>
    /// Like UseStatusCodePagesWithReExecute, but always as a GET in a fresh scope: a refused form post (403, 400, 404) must
    /// show the page, not be posted again to it. The response keeps its status code.
    /// </summary>
    private static async Task RenderStatusPageAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        var request = http.Request;
        var (path, query, method, services) = (request.Path, request.QueryString, request.Method, http.RequestServices);
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path.Value!,
            OriginalPathBase = request.PathBase.Value!,
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = http.GetEndpoint(),
            RouteValues = new(request.RouteValues),
        });
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        request.Path = $"/erreur/{http.Response.StatusCode}";
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        request.RouteValues.Clear();
        http.SetEndpoint(null);
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await status.Next(http);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method, http.RequestServices) = (path, query, method, services);
            http.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
