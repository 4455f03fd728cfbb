using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// The PayFiP web service over HTTP (SOAP 1.1). No card data ever passes here: the portal sends what is owed and
/// reads back the result; the payer types their card on PayFiP's own page.
/// </summary>
internal sealed class PayFipSoapClient(HttpClient http, IOptions<PayFipOptions> options) : IPayFipClient
{
    public async Task<string> CreatePaymentAsync(PayFipPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contract = options.Value;
        if (!contract.IsConfigured)
        {
            throw new InvalidOperationException($"{PayFipOptions.SectionName}:ClientNumber n'est pas renseigné : le paiement en ligne n'est pas ouvert.");
        }

        PayFipRules.EnsureRefdet(request.Refdet);
        if (request.AmountCents <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.AmountCents, "Le montant d'un paiement PayFiP est positif.");
        }

        var answer = await CallAsync(PayFipSoap.CreatePaymentOperation, PayFipSoap.CreatePayment(request with { Objet = PayFipRules.Objet(request.Objet) }, contract.ClientNumber!, contract.Mode), cancellationToken);
        return PayFipSoap.Value(answer, "idOp") ?? throw new PayFipException(null, "PayFiP n'a pas donné d'idOp.");
    }

    public async Task<PayFipPaymentDetail> GetPaymentDetailAsync(string idOp, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOp);
        var answer = await CallAsync(PayFipSoap.PaymentDetailOperation, PayFipSoap.PaymentDetail(idOp), cancellationToken);
        var code = PayFipSoap.Value(answer, "resultrans");
        var result = code switch
        {
            "P" or "V" => PayFipResult.Paid,
            "R" or "Z" => PayFipResult.Refused,
            "A" => PayFipResult.Abandoned,
            _ => throw new PayFipException(null, $"Code resultrans inconnu : « {code} »."),
        };
        var amount = long.TryParse(PayFipSoap.Value(answer, "montant"), NumberStyles.None, CultureInfo.InvariantCulture, out var cents)
            ? cents
            : throw new PayFipException(null, "PayFiP n'a pas donné de montant lisible.");
        return new PayFipPaymentDetail(
            PayFipSoap.Value(answer, "idOp") ?? idOp,
            code[0],
            result,
            amount,
            PayFipSoap.Value(answer, "refdet") ?? throw new PayFipException(null, "PayFiP n'a pas donné de refdet."),
            PayFipSoap.Value(answer, "mel"),
            TransactionTime(PayFipSoap.Value(answer, "dattrans"), PayFipSoap.Value(answer, "heurtrans")),
            PayFipSoap.Value(answer, "numauto"));
    }

    /// <summary>dattrans is ddMMyyyy and heurtrans HHmm, in French local time.</summary>
    private static DateTime? TransactionTime(string? date, string? time) =>
        date is null
            ? null
            : DateTime.TryParseExact(date + (time ?? "0000"), "ddMMyyyyHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    private async Task<XElement> CallAsync(string operation, string envelope, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, options.Value.ServiceUrl)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        message.Headers.Add("SOAPAction", "\"\"");
        string body;
        System.Net.HttpStatusCode status;
        try
        {
            using var response = await http.SendAsync(message, timeout.Token);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new PayFipException(null, $"PayFiP ne répond pas ({operation}).", ex);
        }

        // A SOAP 1.1 fault comes with HTTP 500: read the body whatever the status, and name the status when it holds nothing.
        if ((int)status >= 400 && !body.Contains("Envelope", StringComparison.Ordinal))
        {
            throw new PayFipException(null, $"PayFiP a répondu HTTP {(int)status} à {operation}.");
        }

        return PayFipSoap.ReadReturn(body, operation);
    }
}
