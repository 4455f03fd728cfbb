namespace DossierFamille.Web.Features.Commune;

internal static class CommuneModule
{
    public static IServiceCollection AddCommune(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName)).ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<PortalLinks>();
        return services;
    }

    /// <summary>Uploads are never sniffed as HTML, pages are never framed by another site.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "same-origin";
            await next(context);
        });
}
