namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// What the processing of one activity day needs to know of its places, read under the day's lock:
/// how many bookings hold a place, how many wait, and the front of the waiting list in its order,
/// as many as could be promoted now (a waiting list thousands long is counted, not loaded).
/// </summary>
/// <param name="Accepted">Bookings holding a place (accepted, or their cancellation not processed yet).</param>
/// <param name="WaitingFront">The first bookings of the waiting list, in its order (<see cref="Booking.WaitingSince"/>).</param>
/// <param name="Waiting">How many bookings wait in all, <paramref name="WaitingFront"/> included.</param>
internal sealed record DayPlaces(int Accepted, IReadOnlyList<Booking> WaitingFront, int Waiting);
