namespace DossierFamille.Web.Features.Reservations;

/// <summary>Where a child's day in an activity stands.</summary>
public enum BookingState
{
    /// <summary>Requested, waiting for the nightly processing ("Non transmise").</summary>
    NonTransmise,

    Acceptee,

    /// <summary>No place left: waiting, in the order of <see cref="Booking.WaitingSince"/>.</summary>
    ListeAttente,

    /// <summary>A processed booking whose cancellation is requested and not processed yet.</summary>
    AnnulationNonTransmise,

    Annulee,

    /// <summary>Refused by the processing (day closed, child no longer eligible); may be booked again.</summary>
    Refusee,

    /// <summary>Paid at booking: holds its place while its payment is open ("En attente de paiement"); no request until paid.</summary>
    EnAttentePaiement,
}
