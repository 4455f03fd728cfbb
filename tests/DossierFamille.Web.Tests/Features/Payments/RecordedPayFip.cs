using System.Net;
using System.Text;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>
/// Plays back an answer recorded from the PayFiP web service (files in Exchanges/) and keeps the request the
/// client sent, so that a test checks both sides of the exchange without the network.
/// </summary>
internal sealed class RecordedPayFip(HttpStatusCode status, string body) : HttpMessageHandler
{
    public const string ServiceUrl = "https://payfip.test/tpa/services/securite";

    public HttpRequestMessage? Request { get; private set; }

    public string? RequestBody { get; private set; }

    public static RecordedPayFip Answering(string exchangeFile, HttpStatusCode status = HttpStatusCode.OK, Func<string, string>? edit = null)
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Payments", "Exchanges", exchangeFile));
        return new RecordedPayFip(status, edit is null ? body : edit(body));
    }

    public IPayFipClient Client(string? clientNumber = "012345", PayFipMode mode = PayFipMode.Test) =>
        new PayFipSoapClient(new HttpClient(this), Options.Create(new PayFipOptions { ServiceUrl = ServiceUrl, ClientNumber = clientNumber, Mode = mode }));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
    }
}
