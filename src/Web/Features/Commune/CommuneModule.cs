using Microsoft.AspNetCore.HostFiltering;

namespace DossierFamille.Web.Features.Commune;

internal static class CommuneModule
{
    public static IServiceCollection AddCommune(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName))
            .Validate(o => o.IsValid(environment.IsDevelopment()),
                "Portal:PublicBaseUrl must be the absolute http(s) address parents use (e.g. https://famille.carteville.fr): "
                + "links in emails are built from it, never from the request. Set it (environment variable Portal__PublicBaseUrl); "
                + "it may be empty only in Development.")
            .ValidateOnStart();
        services.AddScoped<PortalLinks>();
        services.Configure<HostFilteringOptions>(o => o.AllowedHosts = AllowedHosts(configuration));
        services.AddSingleton<CommuneName>();
        services.AddSingleton<CommuneTime>();
        services.AddMemoryCache();
        return services;
    }

    /// <summary>
    /// <c>AllowedHosts</c> when configured; otherwise the host of the public address, or the
    /// loopback names when there is none (Development).
    /// </summary>
    private static List<string> AllowedHosts(IConfiguration configuration)
    {
        if (configuration["AllowedHosts"] is { Length: > 0 } configured)
        {
            return [.. configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return Uri.TryCreate(configuration[$"{PortalOptions.SectionName}:PublicBaseUrl"], UriKind.Absolute, out var publicUri)
            ? [publicUri.Host]
            : ["localhost", "127.0.0.1", "[::1]"];
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
