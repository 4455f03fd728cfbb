namespace DossierFamille.Web.Features.Reservations;

/// <summary>Where a child's day in an activity stands.</summary>
public enum BookingState
{
    /// <summary>Requested, waiting for the nightly processing ("Non transmise").</summary>
    NonTransmise,

    Acceptee,

    ListeAttente,

    /// <summary>A processed booking whose cancellation is requested and not processed yet.</summary>
    AnnulationNonTransmise,

    Annulee,
}
