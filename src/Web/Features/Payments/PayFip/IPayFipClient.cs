namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>The two calls of the PayFiP web service the portal makes. Faults surface as <see cref="PayFipException"/>.</summary>
public interface IPayFipClient
{
    /// <summary>creerPaiementSecurise: registers the payment and returns its idOp (valid 15 minutes on the payment page).</summary>
    Task<string> CreatePaymentAsync(PayFipPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>recupererDetailPaiementSecurise: the result of a finished payment (P5 fault while it is not).</summary>
    Task<PayFipPaymentDetail> GetPaymentDetailAsync(string idOp, CancellationToken cancellationToken);
}
