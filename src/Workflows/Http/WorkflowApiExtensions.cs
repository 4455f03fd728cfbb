using DossierFamille.Workflows.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Http;

public static class WorkflowApiExtensions
{
    /// <summary>Maps the engine's HTTP API (see src/Workflows/README.md) under <paramref name="prefix"/>, e.g. "/api/workflows".</summary>
    public static RouteGroupBuilder MapWorkflowApi(this IEndpointRouteBuilder endpoints, string prefix = "/api/workflows")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<WorkflowOptions>>().Value;
        var group = endpoints.MapGroup(prefix).WithTags("Workflows");
        var staff = group.MapGroup("").RequireAuthorization(options.StaffPolicy);
        var admin = group.MapGroup("").RequireAuthorization(options.AdminPolicy);

        staff.MapGet("/descriptors", (ActivityRegistry registry) => TypedResults.Ok(registry.Descriptors.ToList()))
            .WithName("GetActivityDescriptors").WithSummary("Types d'activités pour le concepteur");
        DefinitionEndpoints.Map(staff, admin);
        InstanceEndpoints.Map(staff);
        InstanceTaskEndpoints.Map(staff);
        TaskEndpoints.Map(staff);
        return group;
    }
}
