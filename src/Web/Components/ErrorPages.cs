namespace DossierFamille.Web.Components;

/// <summary>
/// Errors read in French in the portal's layout: an error status without a body (404 of a page or a download, 403, 400 of
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
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/erreur/{0}", createScopeForStatusCodePages: true));
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
