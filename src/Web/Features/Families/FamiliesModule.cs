using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Families;

internal static class FamiliesModule
{
    public const string GestionPath = "/gestion/familles";

    public static string FamilyPath(int familyId) => $"{GestionPath}/{familyId}";

    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddScoped<AccountScopes>();
        services.AddScoped<FamilyAccounts>();
        services.AddScoped<FamilyDirectory>();
        services.AddScoped<FamilyFileReader>();
        services.AddScoped<FamilyWorkflowInstances>();
        services.AddScoped<IDataSeeder, DemoDataSeeder>();
        return services;
    }
}
