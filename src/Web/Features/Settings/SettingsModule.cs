namespace DossierFamille.Web.Features.Settings;

/// <summary>What "the commune decides" about the dossier, edited by admins, every change audited.</summary>
internal static class SettingsModule
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsAudit>();
        return services;
    }

    public static IEndpointRouteBuilder MapSettings(this IEndpointRouteBuilder app) => app;
}
