namespace DossierFamille.Web.Features.Designer;

/// <summary>
/// The workflow designer (admins, /admin/workflows) and the instance viewer (staff, /workflows/instances): Blazor pages
/// hosting the React canvas of Designer/ (bundled by the build), which talks to the engine's HTTP API.
/// </summary>
internal static class DesignerModule
{
    public static IServiceCollection AddDesigner(this IServiceCollection services)
    {
        services.AddScoped<InstanceSearch>();
        return services;
    }
}
