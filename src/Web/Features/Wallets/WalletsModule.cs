using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// Porte-monnaie (prepaid wallets), one per account and service (structure): topped up by card through PayFiP, debited
/// when a booking of an activity paid by porte-monnaie is accepted, credited back when it is cancelled in time or refused;
/// the parents' page "Paiement et Solde".
/// </summary>
internal static class WalletsModule
{
    public const string ParentPath = "/paiement-et-solde";

    public const string TopUpPath = "/paiement-et-solde/recharger";

    public static IServiceCollection AddWallets(this IServiceCollection services)
    {
        services.AddScoped<WalletLocks>();
        services.AddScoped<WalletLedger>();
        services.AddScoped<WalletReader>();
        services.AddScoped<WalletChecks>();
        services.AddScoped<IPaymentPurpose, WalletTopUpPurpose>();
        return services;
    }

    public static IEndpointRouteBuilder MapWallets(this IEndpointRouteBuilder app)
    {
        app.MapPost(TopUpPath, TopUpAsync).RequireAuthorization(Roles.Parent);
        return app;
    }

    /// <summary>"Recharger (CB sécurisé)": checks the amount, then hands the top-up to the payments core, which sends the parent to PayFiP.</summary>
    private static async Task<IResult> TopUpAsync([FromForm] int service, [FromForm] string? montant, [FromForm] Guid cle, ClaimsPrincipal user, AccountScopes scopes, PaymentStarter starter, CancellationToken ct)
    {
        var (amount, error) = WalletTopUp.ParseAmount(montant);
        if (amount is null)
        {
            return Back(service, error!, montant);
        }

        var topUp = new WalletTopUp(cle == Guid.Empty ? Guid.NewGuid() : cle, service, decimal.ToInt64(amount.Value * 100));
        return await starter.StartAsync(await scopes.ForAsync(user, ct), WalletTopUpPurpose.PurposeKind, topUp.Reference, ct) switch
        {
            null => TypedResults.NotFound(),
            { PaymentPage: { } page } => TypedResults.Redirect(page.AbsoluteUri),
            var refused => Back(service, refused.Error!, montant),
        };
    }

    private static RedirectHttpResult Back(int service, string error, string? typed) =>
        TypedResults.LocalRedirect($"{ParentPath}?service={service}&erreur={Uri.EscapeDataString(error)}&montant={Uri.EscapeDataString(typed ?? string.Empty)}#porte-monnaie-{service}");
}
