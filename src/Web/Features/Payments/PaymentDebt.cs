namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// A debt an account may pay online: <paramref name="Reference"/> names it for its <see cref="IPaymentPurpose"/>,
/// <paramref name="Refdet"/> for PayFiP (the same for every attempt at this debt), <paramref name="Objet"/> is what the
/// parent reads, <paramref name="Amount"/> is in euros.
/// </summary>
public sealed record PaymentDebt(string Reference, string Refdet, string Objet, decimal Amount);
