using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Billing.Admin;

/// <summary>What the commune sets up for billing (admins only): tariffs and payment mode per activity, the commune's postal codes.</summary>
internal static class BillingAdmin
{
    public const string Path = "/admin/facturation";

    public static string ActivityPath(int activityId) => $"{Path}/activites/{activityId}";

    public static string NewTariffPath(int activityId) => $"{Path}/activites/{activityId}/tarifs/nouveau";

    public static string TariffPath(int activityId, int tariffId) => $"{Path}/activites/{activityId}/tarifs/{tariffId}";

    public static IServiceCollection AddBillingAdmin(this IServiceCollection services)
    {
        services.AddScoped<TariffAdmin>();
        services.AddScoped<BillingSettingsAdmin>();
        return services;
    }

    /// <summary>The small forms post here (bound by the framework, antiforgery checked before); the tariff form posts to its page.</summary>
    public static IEndpointRouteBuilder MapBillingAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Path).RequireAuthorization(Roles.Admin);
        admin.MapPost("/codes-postaux", async ([FromForm] string? codesPostaux, ClaimsPrincipal user, BillingSettingsAdmin settings, CancellationToken ct) =>
            FormOutcome.Back(Path, await settings.SetPostalCodesAsync(codesPostaux, user.GetDisplayName(), ct), new Dictionary<string, string?> { ["codesPostaux"] = codesPostaux }));
        admin.MapPost("/porte-monnaie", async ([FromForm] string? refuserAuDelaDuSolde, ClaimsPrincipal user, BillingSettingsAdmin settings, CancellationToken ct) =>
        {
            // An unticked checkbox sends nothing.
            await settings.SetWalletRefusalAsync(refuserAuDelaDuSolde == "true", user.GetDisplayName(), ct);
            return FormOutcome.Back(Path, null);
        });
        admin.MapPost("/activites/{id:int}/paiement", async (int id, [FromForm] PaymentMode mode, ClaimsPrincipal user, TariffAdmin tariffs, CancellationToken ct) =>
            FormOutcome.Back(ActivityPath(id), await tariffs.SetPaymentModeAsync(id, mode, user.GetDisplayName(), ct)));
        return app;
    }
}
