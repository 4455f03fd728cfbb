namespace DossierFamille.Web.Features.Payments;

/// <summary>Where starting a payment sends the parent: PayFiP's page, or back with the French reason it could not start.</summary>
public sealed record PaymentStart(Uri? PaymentPage, string? Error)
{
    public static PaymentStart To(string paymentPage) => new(new Uri(paymentPage), null);

    public static PaymentStart Refused(string error) => new(null, error);
}
