using DossierFamille.Web.Features.Billing.Admin;

namespace DossierFamille.Web.Features.Billing;

internal static class BillingModule
{
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddScoped<FamilyPricingReader>();
        services.AddScoped<DayPricing>();
        services.AddBillingAdmin();
        return services;
    }

    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder app)
    {
        app.MapBillingAdmin();
        return app;
    }
}
