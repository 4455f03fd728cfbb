using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Spreadsheets;

namespace DossierFamille.Web.Features.Families;

internal static class FamiliesModule
{
    public const string GestionPath = "/gestion/familles";

    public static string ExportPath(SpreadsheetFormat format) => $"{GestionPath}/export.{format.Extension()}";

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
        app.MapGet($"{GestionPath}/export.{{format:{SpreadsheetFormats.RouteConstraint}}}", async (string format, DossierStateExport export, CancellationToken ct) =>
                SpreadsheetFormats.TryParse(format, out var spreadsheet) && await export.ReadAsync(ct) is { } state
                    ? DossierStateExport.Sheet.File(state.Rows, spreadsheet, $"dossiers-{state.SchoolYear}")
                    : Results.NotFound())
            .RequireAuthorization(Roles.Gestionnaire);
        return app;
    }
}
