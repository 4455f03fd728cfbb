namespace DossierFamille.Web.Features.Reservations;

/// <summary>How parents read the result of a request.</summary>
internal static class BookingLabels
{
    public static string Outcome(BookingOutcome outcome, int? waitingPosition, string? reason) => outcome switch
    {
        BookingOutcome.Acceptee => "Acceptée",
        BookingOutcome.ListeAttente => waitingPosition is { } position ? $"Liste d'attente (position {position})" : "Liste d'attente",
        BookingOutcome.Refusee => $"Refusée : {reason}",
        _ => "Annulée",
    };

    /// <summary>A booking's state, one booking at a time (data copy, closure review).</summary>
    public static string State(BookingState state) => state switch
    {
        BookingState.NonTransmise => "Non transmise",
        BookingState.Acceptee => "Acceptée",
        BookingState.ListeAttente => "Liste d'attente",
        BookingState.AnnulationNonTransmise => "Annulation non transmise",
        BookingState.EnAttentePaiement => "En attente de paiement",
        _ => "Annulée",
    };
}
