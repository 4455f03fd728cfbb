namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// What <c>creerPaiementSecurise</c> needs besides the contract: <paramref name="Refdet"/> names one debt
/// (6–30 letters and digits, paid whole), <paramref name="AmountCents"/> is the amount in cents.
/// </summary>
public sealed record PayFipPaymentRequest(
    string Refdet,
    int Exercise,
    string Objet,
    long AmountCents,
    string Email,
    Uri NotificationUrl,
    Uri RedirectUrl);
