using System.Text.Json;
using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DossierFamille.Web.Features.Health;

internal static class HealthModule
{
    public static IHealthChecksBuilder AddPortalHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SmtpHealthCheck>("smtp");

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteJsonAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>Anyone learns healthy or unhealthy; staff also read each check and its description.</summary>
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var status = report.Status == HealthStatus.Unhealthy ? "Unhealthy" : "Healthy";
        var staff = context.User.IsInRole(Roles.Gestionnaire) || context.User.IsInRole(Roles.Admin);
        return context.Response.WriteAsync(staff
            ? JsonSerializer.Serialize(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            })
            : JsonSerializer.Serialize(new { status }));
    }
}
