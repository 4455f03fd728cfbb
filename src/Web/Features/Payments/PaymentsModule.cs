using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Online card payment through PayFiP (the DGFiP's service for local public revenue): the web-service client behind
/// <see cref="IPayFipClient"/>, payment operations of an account for what an <see cref="IPaymentPurpose"/> says it owes,
/// PayFiP's server-to-server notification, the parent's return page and the "Paiement en ligne" workflow that asks for
/// the result of every payment left open past its validity. No card data ever reaches the portal.
/// </summary>
internal static class PaymentsModule
{
    /// <summary>POST (kind, reference): starts the payment of a debt and sends the parent to PayFiP.</summary>
    public const string StartPath = "/paiements";

    /// <summary>PayFiP's urlnotif: anonymous, server to server, without antiforgery token.</summary>
    public const string NotificationPath = "/paiements/payfip/notification";

    public static string PaymentPath(Guid paymentId) => $"/paiements/{paymentId}";

    /// <summary>PayFiP's urlredirect: where the parent comes back to.</summary>
    public static string ReturnPath(Guid paymentId) => $"/paiements/{paymentId}/retour";

    /// <summary>Register after the workflows module: "Paiement en ligne" is published with the shipped workflows.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayFipOptions>().Bind(configuration.GetSection(PayFipOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<IPayFipClient, PayFipSoapClient>();
        new WorkflowsBuilder(services).AddActivity<CheckPaymentActivity>();
        services.AddScoped<PaymentPurposes>();
        services.AddScoped<PaymentAddresses>();
        services.AddScoped<PaymentStarter>();
        services.AddScoped<PaymentSettlement>();
        services.AddScoped<PaymentTicket>();
        services.AddScoped<PaymentNotifications>();
        services.AddScoped<PaymentReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        app.MapPost(StartPath, StartAsync).RequireAuthorization(Roles.Parent);
        app.MapPost(NotificationPath, ReceiveNotificationAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/paiements/{id:guid}/retour", ReturnAsync).RequireAuthorization(Roles.Parent);
        return app;
    }

    private static async Task<IResult> StartAsync([FromForm] string kind, [FromForm] string reference, ClaimsPrincipal user, AccountScopes scopes, PaymentStarter starter, PaymentPurposes purposes, CancellationToken ct) =>
        await starter.StartAsync(await scopes.ForAsync(user, ct), kind, reference, ct) switch
        {
            null => TypedResults.NotFound(),
            { PaymentPage: { } page } => TypedResults.Redirect(page.AbsoluteUri),
            var refused => FormOutcome.Back(purposes.Find(kind)!.ReturnPath(reference), refused.Error),
        };

    /// <summary>Always 200 once handled (an unknown idOp changes nothing and tells nothing); 503 when PayFiP cannot say, so that it may notify again.</summary>
    private static async Task<IResult> ReceiveNotificationAsync([FromForm(Name = "idOp")] string? idOp, PaymentNotifications notifications, CancellationToken ct)
    {
        try
        {
            await notifications.ReceiveAsync(idOp, ct);
            return TypedResults.Ok();
        }
        catch (PayFipException)
        {
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> ReturnAsync(Guid id, ClaimsPrincipal user, AccountScopes scopes, PaymentReader reader, PaymentNotifications notifications, CancellationToken ct)
    {
        var payment = await reader.FindAsync(await scopes.ForAsync(user, ct), id, tracked: true, ct);
        if (payment is null)
        {
            return TypedResults.NotFound();
        }

        await notifications.SettleOnReturnAsync(payment, ct);
        return TypedResults.LocalRedirect(PaymentPath(id));
    }
}
