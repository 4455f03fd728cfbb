using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace DossierFamille.PayFip.Simulator;

/// <summary>
/// PayFiP's <c>PaiementSecuriseService</c> over SOAP 1.1: <c>creerPaiementSecurise</c> and
/// <c>recupererDetailPaiementSecurise</c>, faults as HTTP 500 with a <c>FonctionnelleErreur</c> in the detail.
/// </summary>
internal static class SoapEndpoint
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    public static async Task<IResult> HandleAsync(HttpRequest request, SimulatedPayments payments, CancellationToken ct)
    {
        XElement operation;
        try
        {
            var document = await XDocument.LoadAsync(request.Body, LoadOptions.None, ct);
            operation = document.Root?.Element(Soap + "Body")?.Elements().FirstOrDefault() ?? throw new XmlException("Pas de corps SOAP.");
        }
        catch (XmlException ex)
        {
            return Fault("soap:Client", ex.Message, null);
        }

        var fields = operation.Element("arg0")?.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal) ?? [];
        try
        {
            return operation.Name.LocalName switch
            {
                "creerPaiementSecurise" => Answer("creerPaiementSecurise", new XElement("idOp", payments.Create(fields).IdOp)),
                "recupererDetailPaiementSecurise" => Answer("recupererDetailPaiementSecurise", Detail(payments, fields.GetValueOrDefault("idOp"))),
                var other => Fault("soap:Client", $"Cannot find dispatch method for {{{Service.NamespaceName}}}{other}", null),
            };
        }
        catch (SimulatorFault fault)
        {
            return Fault("soap:Server", "fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur", fault);
        }
    }

    private static XElement[] Detail(SimulatedPayments payments, string? idOp)
    {
        var payment = payments.Find(idOp) ?? throw SimulatorFault.UnknownOperation();
        if (payment.ResultCode is not { } code || payment.TransactionLocalTime is not { } at)
        {
            throw SimulatorFault.ResultNotYetKnown();
        }

        return
        [
            new("dattrans", at.ToString("ddMMyyyy", CultureInfo.InvariantCulture)),
            new("exer", payment.Exercise),
            new("heurtrans", at.ToString("HHmm", CultureInfo.InvariantCulture)),
            new("idOp", payment.IdOp),
            new("mel", payment.Email),
            new("montant", payment.AmountCents.ToString(CultureInfo.InvariantCulture)),
            new("numauto", payment.AuthorisationNumber ?? string.Empty),
            new("numcli", payment.ClientNumber),
            new("objet", payment.Objet),
            new("refdet", payment.Refdet),
            new("resultrans", code.ToString()),
            new("saisie", payment.Saisie),
        ];
    }

    private static IResult Answer(string operation, params XElement[] fields) =>
        Envelope(StatusCodes.Status200OK, new XElement(Service + (operation + "Response"), new XAttribute(XNamespace.Xmlns + "ns2", Service), new XElement("return", fields)));

    private static IResult Fault(string faultCode, string faultString, SimulatorFault? error) =>
        Envelope(StatusCodes.Status500InternalServerError, new XElement(Soap + "Fault",
            new XElement("faultcode", faultCode),
            new XElement("faultstring", faultString),
            error is null
                ? null
                : new XElement("detail", new XElement(Service + "FonctionnelleErreur", new XAttribute(XNamespace.Xmlns + "ns2", Service),
                    new XElement("code", error.Code),
                    new XElement("descriptif", error.Message),
                    new XElement("libelle", error.Message),
                    new XElement("severite", "2")))));

    private static IResult Envelope(int status, XElement content) =>
        Results.Text(
            "<?xml version='1.0' encoding='UTF-8'?>" + new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soap", Soap), new XElement(Soap + "Body", content)).ToString(SaveOptions.DisableFormatting),
            "text/xml; charset=utf-8",
            statusCode: status);
}
