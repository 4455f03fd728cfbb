using System.Net;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

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
        services.Configure<ForwardedHeadersOptions>(o => ConfigureReverseProxy(o, configuration));
        return services;
    }

    /// <summary>
    /// Scheme and client address from a reverse proxy (X-Forwarded-Proto / X-Forwarded-For), trusted
    /// only from the loopback and from <c>ReverseProxy:KnownProxies</c> / <c>ReverseProxy:KnownNetworks</c>.
    /// </summary>
    private static void ConfigureReverseProxy(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in List(configuration["ReverseProxy:KnownProxies"]))
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in List(configuration["ReverseProxy:KnownNetworks"]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    private static string[] List(string? value) => (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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

    /// <summary>
    /// Uploads are never sniffed as HTML, pages are never framed by another site, and HTML pages run
    /// only the portal's own script files (no inline script; styles may be inline).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<PayFipOptions>>().Value.PaymentPageUrl);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "same-origin";
            context.Response.OnStarting(() =>
            {
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    context.Response.Headers.ContentSecurityPolicy = policy;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    /// <summary>
    /// Forms post to the portal only, and to PayFiP's payment page: "Payer" posts to the portal, which answers with a redirect
    /// to PayFiP, and browsers hold that redirect to form-action too.
    /// </summary>
    public static string ContentSecurityPolicy(string paymentPageUrl) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + $"font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' {new Uri(paymentPageUrl).GetLeftPart(UriPartial.Authority)}; frame-ancestors 'self'";
}
