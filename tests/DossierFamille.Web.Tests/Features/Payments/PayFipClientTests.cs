using System.Net;
using System.Xml.Linq;
using DossierFamille.Web.Features.Payments.PayFip;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>The PayFiP web-service client against exchanges recorded from the service: what it sends, what it reads.</summary>
public sealed class PayFipClientTests
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    private static PayFipPaymentRequest Invoice(string objet = "Facture F2026-000123 : cantine de novembre", string refdet = "F2026000123") =>
        new(refdet, 2026, objet, 4250, "alice.dupont@example.org", new Uri("https://famille.carteville.fr/paiements/payfip/notification"), new Uri("https://famille.carteville.fr/paiements/42/retour"));

    [Fact]
    public async Task Creating_a_payment_posts_creerPaiementSecurise_with_every_field_in_arg0_and_returns_the_idOp()
    {
        var payfip = RecordedPayFip.Answering("creerPaiementSecurise-response.xml");

        var idOp = await payfip.Client(mode: PayFipMode.Test).CreatePaymentAsync(Invoice(), CancellationToken.None);

        Assert.Equal("4b1e8a52-9c3d-11f0-8d2e-0a58a9feac02", idOp);
        Assert.Equal(HttpMethod.Post, payfip.Request!.Method);
        Assert.Equal(RecordedPayFip.ServiceUrl, payfip.Request.RequestUri!.AbsoluteUri);
        Assert.Equal("text/xml", payfip.Request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", payfip.Request.Content.Headers.ContentType.CharSet);
        Assert.Equal("\"\"", Assert.Single(payfip.Request.Headers.GetValues("SOAPAction")));
        var arg0 = XDocument.Parse(payfip.RequestBody!).Root!.Element(Soap + "Body")!.Element(Service + "creerPaiementSecurise")!.Element("arg0")!;
        Assert.Equal(
            ["exer=2026", "mel=alice.dupont@example.org", "montant=4250", "numcli=012345", "objet=Facture F2026 000123 cantine de novembre", "refdet=F2026000123",
             "saisie=T", "urlnotif=https://famille.carteville.fr/paiements/payfip/notification", "urlredirect=https://famille.carteville.fr/paiements/42/retour"],
            arg0.Elements().Select(e => $"{e.Name}={e.Value}"));
    }

    [Theory]
    [InlineData(PayFipMode.Test, "T")]
    [InlineData(PayFipMode.Activation, "X")]
    [InlineData(PayFipMode.Production, "W")]
    public async Task The_saisie_field_follows_the_configured_mode(PayFipMode mode, string saisie)
    {
        var payfip = RecordedPayFip.Answering("creerPaiementSecurise-response.xml");

        await payfip.Client(mode: mode).CreatePaymentAsync(Invoice(), CancellationToken.None);

        Assert.Contains($"<saisie>{saisie}</saisie>", payfip.RequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_object_is_sent_without_accents_or_punctuation_and_cut_at_100_characters()
    {
        var payfip = RecordedPayFip.Answering("creerPaiementSecurise-response.xml");

        await payfip.Client().CreatePaymentAsync(Invoice(objet: "Réservations d'été — Zoé & Léo : " + new string('x', 120)), CancellationToken.None);

        var objet = XDocument.Parse(payfip.RequestBody!).Descendants("objet").Single().Value;
        Assert.StartsWith("Reservations d ete Zoe Leo xxx", objet, StringComparison.Ordinal);
        Assert.Equal(100, objet.Length);
    }

    [Theory]
    [InlineData("F2026")]
    [InlineData("F2026-000123")]
    [InlineData("F20260001230000000000000000000000")]
    public async Task A_debt_reference_outside_6_to_30_letters_and_digits_is_refused_before_calling_PayFiP(string refdet)
    {
        var payfip = RecordedPayFip.Answering("creerPaiementSecurise-response.xml");

        await Assert.ThrowsAsync<ArgumentException>(() => payfip.Client().CreatePaymentAsync(Invoice(refdet: refdet), CancellationToken.None));

        Assert.Null(payfip.Request);
    }

    [Fact]
    public async Task Without_a_client_number_no_payment_is_created()
    {
        var payfip = RecordedPayFip.Answering("creerPaiementSecurise-response.xml");

        await Assert.ThrowsAsync<InvalidOperationException>(() => payfip.Client(clientNumber: null).CreatePaymentAsync(Invoice(), CancellationToken.None));

        Assert.Null(payfip.Request);
    }

    [Fact]
    public async Task Reading_a_result_posts_recupererDetailPaiementSecurise_with_the_idOp_and_reads_every_field()
    {
        var payfip = RecordedPayFip.Answering("recupererDetailPaiementSecurise-response.xml");

        var detail = await payfip.Client().GetPaymentDetailAsync("4b1e8a52-9c3d-11f0-8d2e-0a58a9feac02", CancellationToken.None);

        var idOp = XDocument.Parse(payfip.RequestBody!).Root!.Element(Soap + "Body")!.Element(Service + "recupererDetailPaiementSecurise")!.Element("arg0")!.Element("idOp")!.Value;
        Assert.Equal("4b1e8a52-9c3d-11f0-8d2e-0a58a9feac02", idOp);
        Assert.Equal(
            new PayFipPaymentDetail("4b1e8a52-9c3d-11f0-8d2e-0a58a9feac02", 'P', PayFipResult.Paid, 4250, "F2026000123", "alice.dupont@example.org", new DateTime(2026, 12, 1, 14, 32, 0), "112233"),
            detail);
    }

    [Theory]
    [InlineData("P", PayFipResult.Paid)]
    [InlineData("V", PayFipResult.Paid)]
    [InlineData("R", PayFipResult.Refused)]
    [InlineData("Z", PayFipResult.Refused)]
    [InlineData("A", PayFipResult.Abandoned)]
    public async Task Every_result_code_is_read(string resultrans, PayFipResult expected)
    {
        var payfip = RecordedPayFip.Answering("recupererDetailPaiementSecurise-response.xml", edit: xml => xml.Replace("<resultrans>P</resultrans>", $"<resultrans>{resultrans}</resultrans>", StringComparison.Ordinal));

        var detail = await payfip.Client().GetPaymentDetailAsync("4b1e8a52-9c3d-11f0-8d2e-0a58a9feac02", CancellationToken.None);

        Assert.Equal((resultrans[0], expected), (detail.ResultCode, detail.Result));
    }

    [Fact]
    public async Task An_unknown_result_code_is_an_error_rather_than_a_guess()
    {
        var payfip = RecordedPayFip.Answering("recupererDetailPaiementSecurise-response.xml", edit: xml => xml.Replace("<resultrans>P</resultrans>", "<resultrans>Q</resultrans>", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().GetPaymentDetailAsync("4b1e8a52", CancellationToken.None));

        Assert.Contains("« Q »", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_not_finished_yet_is_the_P5_fault()
    {
        var payfip = RecordedPayFip.Answering("fault-P5-result-not-yet-known.xml", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().GetPaymentDetailAsync("4b1e8a52", CancellationToken.None));

        Assert.Equal(("P5", true, false), (error.Code, error.IsResultNotYetKnown, error.IsUnknownOperation));
        Assert.Contains("Résultat de la transaction non connu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idOp_PayFiP_does_not_know_is_the_P1_fault()
    {
        var payfip = RecordedPayFip.Answering("fault-P1-unknown-idop.xml", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().GetPaymentDetailAsync("inconnu", CancellationToken.None));

        Assert.Equal(("P1", false, true), (error.Code, error.IsResultNotYetKnown, error.IsUnknownOperation));
    }

    [Fact]
    public async Task A_technical_fault_on_creation_names_its_kind_and_code()
    {
        var payfip = RecordedPayFip.Answering("fault-technical.xml", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().CreatePaymentAsync(Invoice(), CancellationToken.None));

        Assert.Equal("T1", error.Code);
        Assert.Equal("TechDysfonctionnementErreur T1: Erreur technique du service", error.Message);
    }

    [Fact]
    public async Task A_fault_without_detail_keeps_its_faultstring()
    {
        var payfip = RecordedPayFip.Answering("fault-without-detail.xml", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().GetPaymentDetailAsync("4b1e8a52", CancellationToken.None));

        Assert.Null(error.Code);
        Assert.StartsWith("Cannot find dispatch method", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_HTML_error_page_instead_of_SOAP_is_an_error_naming_the_status()
    {
        var payfip = new RecordedPayFip(HttpStatusCode.ServiceUnavailable, "<html><body>Maintenance</body></html>");

        var error = await Assert.ThrowsAsync<PayFipException>(() => payfip.Client().CreatePaymentAsync(Invoice(), CancellationToken.None));

        Assert.Equal("PayFiP a répondu HTTP 503 à creerPaiementSecurise.", error.Message);
    }
}
