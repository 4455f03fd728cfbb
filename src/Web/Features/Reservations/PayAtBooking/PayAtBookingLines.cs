namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// One validation's days paid at booking: which cart lines are held for payment (a priced reservation in an activity paid
/// at booking), why one cannot be (no online payment for the account, no place left), and the bookings held so far.
/// </summary>
internal sealed class PayAtBookingLines(IReadOnlySet<int> activities, HeldPlaces places, string? cannotPay)
{
    public const string AwaitingPayment = "Ce jour attend son paiement : il sera réservé une fois payé, ou libéré si le paiement n'aboutit pas.";

    public List<Booking> Held { get; } = [];

    /// <summary>Days given up by this validation that had been paid at booking: their trop payé is settled with it.</summary>
    public List<Booking> Cancelled { get; } = [];

    public bool Holds(CartLine line, decimal? price) =>
        line.Kind == BookingRequestKind.Reservation && activities.Contains(line.ActivityId) && price > 0;

    /// <summary>Takes the line's place; the French reason when it cannot be held.</summary>
    public string? CannotHold(CartLine line) =>
        cannotPay ?? (places.TryTake(new ActivityDayKey(line.ActivityId, line.Day)) ? null : HeldPlaces.Full);
}
