using System.Net;
using DossierFamille.Testing;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>The simulator started by the test command answers the portal's client as PayFiP does.</summary>
public sealed class PayFipSimulatorTests
{
    private static readonly HttpClient Browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    private static PayFipSoapClient Client() =>
        new PayFipSoapClient(new HttpClient(), Options.Create(new PayFipOptions { ServiceUrl = $"{RequiredService.PayFip}/tpa/services/securite", ClientNumber = "012345", Mode = PayFipMode.Test }));

    private static PayFipPaymentRequest Request(string refdet) =>
        new(refdet, 2026, "Facture de novembre", 1250, "alice@example.org", new Uri("http://127.0.0.1:9/notification"), new Uri("http://127.0.0.1:9/retour"));

    private static string NewRefdet() => "T" + Guid.NewGuid().ToString("N")[..20];

    private static async Task<HttpResponseMessage> ChooseAsync(string idOp, string choice) =>
        await Browser.PostAsync($"{RequiredService.PayFip}/tpa/paiementws.web", new FormUrlEncodedContent([new("idop", idOp), new("choix", choice)]));

    [Theory]
    [InlineData("payer", 'P', PayFipResult.Paid)]
    [InlineData("payer-sans-notifier", 'P', PayFipResult.Paid)]
    [InlineData("refuser", 'R', PayFipResult.Refused)]
    [InlineData("abandonner", 'A', PayFipResult.Abandoned)]
    public async Task The_result_is_unknown_until_the_payer_chooses_then_PayFiP_gives_it_and_sends_the_payer_back(string choice, char code, PayFipResult result)
    {
        var client = Client();
        var refdet = NewRefdet();
        var idOp = await client.CreatePaymentAsync(Request(refdet), CancellationToken.None);

        var pending = await Assert.ThrowsAsync<PayFipException>(() => client.GetPaymentDetailAsync(idOp, CancellationToken.None));
        var page = await Browser.GetStringAsync($"{RequiredService.PayFip}/tpa/paiementws.web?idop={idOp}");
        var back = await ChooseAsync(idOp, choice);
        var detail = await client.GetPaymentDetailAsync(idOp, CancellationToken.None);

        Assert.True(pending.IsResultNotYetKnown);
        Assert.Contains("12,50 €", page, StringComparison.Ordinal);
        Assert.Contains("Facture de novembre", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "http://127.0.0.1:9/retour"), (back.StatusCode, back.Headers.Location!.AbsoluteUri));
        Assert.Equal((idOp, code, result, 1250L, refdet), (detail.IdOp, detail.ResultCode, detail.Result, detail.AmountCents, detail.Refdet));
        Assert.Equal(result == PayFipResult.Paid, detail.AuthorisationNumber is { Length: 6 });
    }

    [Fact]
    public async Task An_unknown_idOp_is_the_P1_fault()
    {
        var error = await Assert.ThrowsAsync<PayFipException>(() => Client().GetPaymentDetailAsync(Guid.NewGuid().ToString(), CancellationToken.None));

        Assert.True(error.IsUnknownOperation);
    }

    [Fact]
    public async Task A_debt_already_paid_cannot_be_paid_again_but_one_abandoned_can()
    {
        var client = Client();
        var refdet = NewRefdet();
        await ChooseAsync(await client.CreatePaymentAsync(Request(refdet), CancellationToken.None), "abandonner");
        await ChooseAsync(await client.CreatePaymentAsync(Request(refdet), CancellationToken.None), "payer");

        var error = await Assert.ThrowsAsync<PayFipException>(() => client.CreatePaymentAsync(Request(refdet), CancellationToken.None));

        Assert.Contains("refdet déjà payée", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_payment_cannot_be_chosen_twice()
    {
        var client = Client();
        var idOp = await client.CreatePaymentAsync(Request(NewRefdet()), CancellationToken.None);
        await ChooseAsync(idOp, "refuser");

        var second = await ChooseAsync(idOp, "payer");

        Assert.Contains("déjà terminée", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(PayFipResult.Refused, (await client.GetPaymentDetailAsync(idOp, CancellationToken.None)).Result);
    }
}
