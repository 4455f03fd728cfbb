using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// The commune's PayFiP contract (DGFiP). The addresses default to the real service; Development and the
/// tests point them at the simulator (src/PayFip.Simulator). Online payment is offered once a client number is set.
/// </summary>
public sealed class PayFipOptions
{
    public const string SectionName = "PayFip";

    /// <summary>The SOAP endpoint of the web service.</summary>
    [Required, Url]
    public string ServiceUrl { get; set; } = "https://www.payfip.gouv.fr/tpa/services/securite";

    /// <summary>The payment page the parent is sent to, with <c>?idop=</c> appended.</summary>
    [Required, Url]
    public string PaymentPageUrl { get; set; } = "https://www.payfip.gouv.fr/tpa/paiementws.web";

    /// <summary>numcli: the commune's 6-digit PayFiP client number; empty when the commune has no contract.</summary>
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "PayFip:ClientNumber est le numéro client PayFiP à 6 chiffres.")]
    public string? ClientNumber { get; set; }

    /// <summary>saisie: T (test), X (activation) or W (production).</summary>
    public PayFipMode Mode { get; set; } = PayFipMode.Production;

    /// <summary>How long a web-service call may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsConfigured => !string.IsNullOrEmpty(ClientNumber);

    public string PaymentPage(string idOp) => $"{PaymentPageUrl}?idop={Uri.EscapeDataString(idOp)}";
}
