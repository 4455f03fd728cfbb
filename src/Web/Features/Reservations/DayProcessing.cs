namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The processing rules of one activity on one day, pure: the caller holds that day's lock and gives
/// its bookings holding or waiting for a place and its unprocessed requests in arrival order. Each
/// request gets exactly one final state:
/// <list type="bullet">
/// <item>a request followed by a later one on the same booking (booked, then cancelled before any
/// processing) is <see cref="BookingOutcome.Annulee"/>; only the last one counts;</item>
/// <item>a cancellation frees its place, and freed places promote the waiting list in its order;</item>
/// <item>a reservation that has become invalid since it was validated (day closed, activity stopped,
/// child no longer enrolled or dossier no longer complete, day past) is refused with its reason;</item>
/// <item>otherwise it is accepted while places remain, else put on the waiting list at the end.</item>
/// </list>
/// Places already freed (a capacity raised by the mairie) promote the waiting list before any new
/// request, and no accepted booking is ever displaced when a capacity is lowered. Only the front of the
/// waiting list is given (<see cref="DayPlaces"/>): as many as could be promoted, the rest counted.
/// </summary>
internal sealed class DayProcessing(BookableActivity activity, DateOnly day, int capacity, BookingClock clock)
{
    private readonly List<Booking> promoted = [];
    private readonly List<Booking> waiting = [];
    private readonly Dictionary<Booking, BookingRequest> queuedNow = [];
    private int accepted;

    /// <summary>Bookings waiting between the front given and the ones queued now, not loaded.</summary>
    private int unloaded;

    /// <summary>How many of the given front are still at the head of <see cref="waiting"/>.</summary>
    private int front;

    /// <summary>
    /// Bookings that were on the waiting list before this processing and are accepted now, in the
    /// order they were promoted. One queued and promoted by the same processing simply ends accepted.
    /// </summary>
    public IReadOnlyList<Booking> Promoted => promoted;

    public int Accepted => accepted;

    /// <summary>How many of the day's waiting bookings may be promoted by processing <paramref name="requests"/>: the free places and one per cancellation.</summary>
    public static int MaxPromotions(int capacity, int accepted, IEnumerable<BookingRequest> requests) =>
        Math.Max(0, capacity - accepted) + requests.Count(r => r.Kind == BookingRequestKind.Annulation);

    /// <param name="places">The day's places, with at least <see cref="MaxPromotions"/> bookings of the front of its waiting list (or all of them).</param>
    /// <param name="requests">The day's unprocessed requests, their booking loaded, in arrival order.</param>
    /// <param name="notEligible">Why the booking's child may no longer have it (enrolment, dossier complet), or null.</param>
    public void Apply(DayPlaces places, IReadOnlyList<BookingRequest> requests, Func<Booking, string?> notEligible)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(notEligible);
        accepted = places.Accepted;
        waiting.AddRange(places.WaitingFront);
        front = waiting.Count;
        unloaded = places.Waiting - front;
        Promote();
        var last = requests.GroupBy(r => r.BookingId).ToDictionary(g => g.Key, g => g.Max(r => r.Id));
        foreach (var request in requests)
        {
            var booking = request.Booking ?? throw new InvalidOperationException($"La demande {request.Id} n'a pas sa réservation chargée.");
            request.ProcessedAt = clock.Now;
            if (last[request.BookingId] != request.Id)
            {
                request.Outcome = BookingOutcome.Annulee;
                continue;
            }

            if (request.Kind == BookingRequestKind.Reservation)
            {
                Reserve(request, booking, notEligible);
            }
            else
            {
                Cancel(request, booking);
            }
        }
    }

    private void Reserve(BookingRequest request, Booking booking, Func<Booking, string?> notEligible)
    {
        if (booking.State != BookingState.NonTransmise)
        {
            // Changed by the mairie meanwhile: the request ends in the state the booking has.
            request.Outcome = booking.State switch
            {
                BookingState.Acceptee => BookingOutcome.Acceptee,
                BookingState.ListeAttente => BookingOutcome.ListeAttente,
                BookingState.Refusee => BookingOutcome.Refusee,
                _ => BookingOutcome.Annulee,
            };
            return;
        }

        var reason = (day < clock.Today ? "Ce jour est passé." : null) ?? BookingRules.NotRunning(activity, day, clock) ?? notEligible(booking);
        if (reason is not null)
        {
            Move(booking, BookingState.Refusee);
            request.Outcome = BookingOutcome.Refusee;
            request.Reason = reason;
        }
        else if (accepted < capacity)
        {
            Move(booking, BookingState.Acceptee);
            accepted++;
            request.Outcome = BookingOutcome.Acceptee;
        }
        else
        {
            Move(booking, BookingState.ListeAttente);
            booking.WaitingSince = request.Id;
            waiting.Add(booking);
            request.Outcome = BookingOutcome.ListeAttente;
            request.WaitingPosition = waiting.Count + unloaded;
            queuedNow[booking] = request;
        }
    }

    private void Cancel(BookingRequest request, Booking booking)
    {
        request.Outcome = BookingOutcome.Annulee;
        if (booking.State == BookingState.AnnulationNonTransmise)
        {
            Move(booking, BookingState.Annulee);
            accepted--;
            Promote();
        }
    }

    private void Promote()
    {
        while (accepted < capacity && waiting.Count + unloaded > 0)
        {
            if (front == 0 && unloaded > 0)
            {
                throw new InvalidOperationException($"La liste d'attente du {day} ({activity.Name}) n'a pas été chargée assez loin pour ses promotions.");
            }

            front = Math.Max(0, front - 1);
            var next = waiting[0];
            waiting.RemoveAt(0);
            Move(next, BookingState.Acceptee);
            accepted++;
            if (queuedNow.Remove(next, out var request))
            {
                request.Outcome = BookingOutcome.Acceptee;
                request.WaitingPosition = null;
            }
            else
            {
                promoted.Add(next);
            }
        }
    }

    private void Move(Booking booking, BookingState state)
    {
        booking.State = state;
        booking.WaitingSince = state == BookingState.ListeAttente ? booking.WaitingSince : null;
        booking.UpdatedAt = clock.Now;
        booking.Version++;
    }
}
