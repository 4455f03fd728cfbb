namespace DossierFamille.Web.Features.Home;

/// <summary>The parents' home page and the structure chosen in the header.</summary>
internal static class HomeModule
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services.AddScoped<ViewedStructures>();
}
