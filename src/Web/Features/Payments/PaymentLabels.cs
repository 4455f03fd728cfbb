namespace DossierFamille.Web.Features.Payments;

/// <summary>What parents read about a payment's state.</summary>
public static class PaymentLabels
{
    public static string State(PaymentState state) => state switch
    {
        PaymentState.Paid => "payé",
        PaymentState.Refused => "refusé",
        PaymentState.Abandoned => "abandonné",
        _ => "en attente",
    };
}
