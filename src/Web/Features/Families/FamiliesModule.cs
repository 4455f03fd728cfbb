using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;

namespace DossierFamille.Web.Features.Families;

internal static class FamiliesModule
{
    public const string GestionPath = "/gestion/familles";

    public const string ExportPath = $"{GestionPath}/export.csv";

    public static string FamilyPath(int familyId) => $"{GestionPath}/{familyId}";

    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddScoped<AccountScopes>();
        services.AddScoped<FamilyAccounts>();
        services.AddScoped<FamilyDirectory>();
        services.AddScoped<FamilyFileReader>();
        services.AddScoped<FamilyWorkflowInstances>();
        services.AddScoped<IDataSeeder, DemoDataSeeder>();
        services.AddScoped<DossierStateExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapFamilies(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, async (DossierStateExport export, CancellationToken ct) =>
            await export.ExportAsync(ct) is { } file
                ? Results.File(file.Csv, "text/csv; charset=utf-8", $"dossiers-{file.SchoolYear}.csv")
                : Results.NotFound())
            .RequireAuthorization(Roles.Gestionnaire);
        return app;
    }
}
