namespace DossierFamille.Web.Features.Payments;

/// <summary>The registered <see cref="IPaymentPurpose"/>s, by kind.</summary>
internal sealed class PaymentPurposes(IEnumerable<IPaymentPurpose> purposes)
{
    public IPaymentPurpose? Find(string kind) => purposes.FirstOrDefault(p => p.Kind == kind);

    public IPaymentPurpose For(PaymentOperation payment) =>
        Find(payment.Purpose) ?? throw new InvalidOperationException($"Aucun objet de paiement « {payment.Purpose} » n'est enregistré (paiement {payment.Id}).");
}
