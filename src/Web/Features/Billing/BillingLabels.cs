namespace DossierFamille.Web.Features.Billing;

/// <summary>The French words of billing, as admins and parents read them.</summary>
public static class BillingLabels
{
    public static string Of(PaymentMode mode) => mode switch
    {
        PaymentMode.PayAtBooking => "Paiement à la réservation (carte bancaire)",
        PaymentMode.Wallet => "Porte-monnaie (prépayé)",
        _ => "Facture mensuelle",
    };

    /// <summary>"journée", "repas", "demi-journée": "2,50 € par repas".</summary>
    public static string Of(TariffUnit unit) => unit switch
    {
        TariffUnit.Meal => "repas",
        TariffUnit.HalfDay => "demi-journée",
        _ => "journée",
    };

    public static string Of(PenaltyKind kind) => kind switch
    {
        PenaltyKind.SameAsDay => "Le prix du jour",
        PenaltyKind.FixedPrice => "Un prix à part",
        _ => "Non appliquée",
    };
}
