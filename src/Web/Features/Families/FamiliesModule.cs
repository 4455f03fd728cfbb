using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Families;

internal static class FamiliesModule
{
    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddScoped<FamilyAccounts>();
        services.AddScoped<IDataSeeder, DemoDataSeeder>();
        return services;
    }
}
