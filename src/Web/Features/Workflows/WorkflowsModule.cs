using DossierFamille.Web.Data;
using Microsoft.AspNetCore.Authorization;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Email;
using DossierFamille.Workflows;
using DossierFamille.Workflows.Email;
using DossierFamille.Workflows.Http;

namespace DossierFamille.Web.Features.Workflows;

/// <summary>Hosts the workflow engine on the portal's database; staff read, admins edit and publish.</summary>
internal static class WorkflowsModule
{
    public const string ApiPrefix = "/api/workflows";

    public static IServiceCollection AddPortalWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IWorkflowMailer, OutboxWorkflowMailer>();
        services.AddWorkflows<AppDbContext>();
        services.AddScoped<IDataSeeder, ShippedWorkflowsSeeder>();
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName));
        services.AddAuthorizationBuilder()
            .AddPolicy(new WorkflowOptions().StaffPolicy, p => p.RequireRole(Roles.Gestionnaire, Roles.Admin))
            .AddPolicy(new WorkflowOptions().AdminPolicy, p => p.RequireRole(Roles.Admin));
        return services;
    }

    public static IEndpointRouteBuilder MapPortalWorkflows(this IEndpointRouteBuilder app)
    {
        IEndpointConventionBuilder api = app.MapWorkflowApi(ApiPrefix);
        api.Add(AdminOnlyActions);
        return app;
    }

    /// <summary>
    /// In the portal, retrying, cancelling or skipping an instance's work is for admins; gestionnaires only look.
    /// Sending a signal by name is for admins too: the portal's own pages send theirs from the server, in the
    /// step of the change they belong to (a transmitted fiche, a signature), never through this API, so a
    /// gestionnaire has no signal of their own to send here (sending "FicheTransmise" by hand would start the
    /// review of a draft, "ReglementSigne" would send a receipt again).
    /// </summary>
    private static void AdminOnlyActions(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route }
            && ((route.Contains("/instances/", StringComparison.Ordinal)
                    && (route.EndsWith("/cancel", StringComparison.Ordinal) || route.EndsWith("/retry", StringComparison.Ordinal) || route.EndsWith("/skip", StringComparison.Ordinal)))
                || route.Contains("/signals/", StringComparison.Ordinal)))
        {
            endpoint.Metadata.Add(new AuthorizeAttribute(Roles.Admin));
        }
    }
}
