namespace DossierFamille.Web.Features.Credits;

/// <summary>The French words of the trop payé.</summary>
public static class CreditLabels
{
    public static string Kind(CreditMovementKind kind) => kind switch
    {
        CreditMovementKind.CancelledPaidDay => "Jour payé annulé à temps",
        CreditMovementKind.RefusedPaidDay => "Jour payé refusé",
        CreditMovementKind.OverpaidInvoice => "Facture payée en trop",
        CreditMovementKind.CreditNoteOnPaidInvoice => "Avoir sur une facture payée",
        CreditMovementKind.PaymentAfterRelease => "Paiement arrivé après la libération des jours",
        CreditMovementKind.UseReturned => "Trop payé rendu (paiement non abouti)",
        CreditMovementKind.UsedAtBooking => "Utilisé pour des réservations",
        _ => "Utilisé pour une facture",
    };

    internal static string Truncate(string label) => label.Length > 200 ? label[..200] : label;
}
