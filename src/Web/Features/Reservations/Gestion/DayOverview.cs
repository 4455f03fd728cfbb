namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>One activity on one day as the gestionnaire reads it: places, who holds them, who waits (in order), what is not processed yet.</summary>
public sealed record DayOverview(BookableActivity Activity, string Structure, DateOnly Day, int Capacity, string? ClosedBecause, IReadOnlyList<DayBookingRow> Rows)
{
    public IEnumerable<DayBookingRow> Accepted => Rows.Where(r => r.State is BookingState.Acceptee or BookingState.AnnulationNonTransmise);

    public IEnumerable<DayBookingRow> Waiting => Rows.Where(r => r.State == BookingState.ListeAttente).OrderBy(r => r.Position);

    public IEnumerable<DayBookingRow> NotSent => Rows.Where(r => r.State == BookingState.NonTransmise);

    public int FreePlaces => Math.Max(0, Capacity - Accepted.Count());
}
