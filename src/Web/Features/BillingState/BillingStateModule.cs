namespace DossierFamille.Web.Features.BillingState;

/// <summary>"État facturation" on the gestionnaire's fiche famille: balance per paying account and service, and in total.</summary>
internal static class BillingStateModule
{
    public static IServiceCollection AddBillingState(this IServiceCollection services) => services.AddScoped<BillingStateReader>();
}
