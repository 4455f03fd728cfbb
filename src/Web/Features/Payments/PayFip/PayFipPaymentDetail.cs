namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// The answer of <c>recupererDetailPaiementSecurise</c> for a finished payment. <paramref name="TransactionLocalTime"/>
/// is dattrans + heurtrans as PayFiP gives them (French local time); <paramref name="AuthorisationNumber"/> is numauto.
/// </summary>
public sealed record PayFipPaymentDetail(
    string IdOp,
    char ResultCode,
    PayFipResult Result,
    long AmountCents,
    string Refdet,
    string? Email,
    DateTime? TransactionLocalTime,
    string? AuthorisationNumber);
