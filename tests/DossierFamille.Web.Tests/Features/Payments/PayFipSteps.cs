using System.Net;
using DossierFamille.Testing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>What the parent does on the PayFiP simulator's page, and PayFiP's server-to-server notification.</summary>
internal static class PayFipSteps
{
    private static readonly HttpClient Simulator = new(new HttpClientHandler { AllowAutoRedirect = false });

    /// <summary>The simulator's payment page as the parent's browser gets it.</summary>
    public static Task<string> PageAsync(Uri payfipPage) => Simulator.GetStringAsync(payfipPage);

    /// <summary>The parent's choice on the simulator's page ("payer", "refuser", "abandonner", "payer-sans-notifier"); returns where PayFiP sends them back.</summary>
    public static async Task<Uri> ChooseAsync(string idOp, string choice)
    {
        using var response = await Simulator.PostAsync(new Uri($"{RequiredService.PayFip}/tpa/paiementws.web"), new FormUrlEncodedContent([new("idop", idOp), new("choix", choice)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>PayFiP's server-to-server notification: no cookie, no antiforgery token.</summary>
    public static async Task<HttpStatusCode> NotifyAsync(PortalFactory portal, string idOp)
    {
        using var anonymous = PortalClient.For(portal).Http;
        using var response = await anonymous.PostAsync(new Uri(PaymentsModule.NotificationPath, UriKind.Relative), new FormUrlEncodedContent([new("idOp", idOp)]));
        return response.StatusCode;
    }
}
