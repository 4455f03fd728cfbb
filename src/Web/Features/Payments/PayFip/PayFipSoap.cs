using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// The SOAP 1.1 messages of PayFiP's <c>PaiementSecuriseService</c> (document/literal): the operation element is
/// in the service namespace, its <c>arg0</c> and the fields under it are unqualified, and so is the <c>return</c>
/// of the answer. A fault carries its PayFiP error (<c>FonctionnelleErreur</c>, <c>TechDysfonctionnementErreur</c>…)
/// with <c>code</c>, <c>libelle</c>, <c>descriptif</c> in <c>detail</c>. Answers are read by local names.
/// </summary>
internal static class PayFipSoap
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";

    public static readonly XNamespace Service = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    public const string CreatePaymentOperation = "creerPaiementSecurise";

    public const string PaymentDetailOperation = "recupererDetailPaiementSecurise";

    public static string CreatePayment(PayFipPaymentRequest request, string clientNumber, PayFipMode mode) =>
        Message(CreatePaymentOperation,
            Field("exer", request.Exercise.ToString(CultureInfo.InvariantCulture)),
            Field("mel", request.Email),
            Field("montant", request.AmountCents.ToString(CultureInfo.InvariantCulture)),
            Field("numcli", clientNumber),
            Field("objet", request.Objet),
            Field("refdet", request.Refdet),
            Field("saisie", Saisie(mode)),
            Field("urlnotif", request.NotificationUrl.AbsoluteUri),
            Field("urlredirect", request.RedirectUrl.AbsoluteUri));

    public static string PaymentDetail(string idOp) => Message(PaymentDetailOperation, Field("idOp", idOp));

    public static string Saisie(PayFipMode mode) => mode switch
    {
        PayFipMode.Test => "T",
        PayFipMode.Activation => "X",
        _ => "W",
    };

    /// <summary>The <c>return</c> element of the operation's answer, or the fault as a <see cref="PayFipException"/>.</summary>
    public static XElement ReadReturn(string body, string operation)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (XmlException ex)
        {
            throw new PayFipException(null, "PayFiP a répondu autre chose qu'un message SOAP.", ex);
        }

        var soapBody = document.Root?.Element(Envelope + "Body") ?? throw new PayFipException(null, "La réponse de PayFiP n'a pas de corps SOAP.");
        if (soapBody.Element(Envelope + "Fault") is { } fault)
        {
            throw Fault(fault);
        }

        return soapBody.Elements().FirstOrDefault(e => e.Name.LocalName == operation + "Response")?.Elements().FirstOrDefault(e => e.Name.LocalName == "return")
            ?? throw new PayFipException(null, $"La réponse de PayFiP ne contient pas le résultat de {operation}.");
    }

    public static string? Value(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static PayFipException Fault(XElement fault)
    {
        var faultString = Value(fault, "faultstring") ?? "Erreur SOAP";
        var error = fault.Elements().FirstOrDefault(e => e.Name.LocalName == "detail")?.Elements().FirstOrDefault();
        if (error is null)
        {
            return new PayFipException(null, faultString);
        }

        var code = Value(error, "code");
        var message = Value(error, "descriptif") ?? Value(error, "libelle") ?? faultString;
        return new PayFipException(code, $"{error.Name.LocalName} {code}: {message}");
    }

    private static XElement Field(string name, string value) => new(name, value);

    private static string Message(string operation, params XElement[] fields) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + new XElement(Envelope + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Envelope),
            new XAttribute(XNamespace.Xmlns + "pai", Service),
            new XElement(Envelope + "Header"),
            new XElement(Envelope + "Body", new XElement(Service + operation, new XElement("arg0", fields)))).ToString(SaveOptions.DisableFormatting);
}
