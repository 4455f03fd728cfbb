namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>How the gestionnaire's lists name a booking's state.</summary>
internal static class DayLabels
{
    public static string State(DayBookingRow row) => row.State switch
    {
        BookingState.ListeAttente => $"Liste d'attente ({row.Position})",
        _ => BookingLabels.State(row.State),
    };
}
