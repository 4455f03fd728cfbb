namespace DossierFamille.Web.Features.Billing;

/// <summary>How an activity is paid, chosen per activity by the admin.</summary>
public enum PaymentMode
{
    /// <summary>Facturation à terme échu: the month's accepted bookings on one invoice.</summary>
    MonthlyInvoice,

    /// <summary>Paid online when the parent validates the bookings.</summary>
    PayAtBooking,

    /// <summary>Debited from a prepaid porte-monnaie.</summary>
    Wallet,
}
