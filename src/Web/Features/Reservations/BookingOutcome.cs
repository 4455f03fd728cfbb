namespace DossierFamille.Web.Features.Reservations;

/// <summary>The final state of a processed request (each request has exactly one once processed).</summary>
public enum BookingOutcome
{
    Acceptee,

    /// <summary>No place left that day: on the waiting list, at <see cref="BookingRequest.WaitingPosition"/>.</summary>
    ListeAttente,

    /// <summary>Invalid since it was validated (day closed, child no longer eligible): <see cref="BookingRequest.Reason"/> says why.</summary>
    Refusee,

    /// <summary>A cancellation done, or a reservation cancelled before it was processed.</summary>
    Annulee,
}
