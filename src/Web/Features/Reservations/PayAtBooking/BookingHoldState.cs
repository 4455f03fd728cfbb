namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

public enum BookingHoldState
{
    /// <summary>The days take their places while the payment is open or may still be tried again.</summary>
    Held,

    /// <summary>Paid: the days are recorded as requests.</summary>
    Paid,

    /// <summary>Not paid within the payment's validity: the days are given back.</summary>
    Released,
}
