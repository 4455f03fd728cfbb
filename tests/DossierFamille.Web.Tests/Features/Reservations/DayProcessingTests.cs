using DossierFamille.Web.Features.Reservations;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>The processing rules of one activity day, on a fake clock in the commune's zone.</summary>
public sealed class DayProcessingTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly BookableActivity ApsMatin = new() { Id = 1, StructureId = 10, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 2 };
    private static readonly DateOnly Thursday = new(2031, 3, 13);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2031, 3, 4, 0, 0, 0, TimeSpan.Zero));
    private long nextId = 100;

    private BookingClock Clock(params ClosedDay[] closed) => new(time.GetUtcNow(), Paris, [], closed);

    private Booking NewBooking(BookingState state = BookingState.NonTransmise, long? waitingSince = null) =>
        new() { Id = nextId++, ChildId = (int)nextId, ActivityId = ApsMatin.Id, Day = Thursday, State = state, WaitingSince = waitingSince, UserId = "parent" };

    private BookingRequest Request(Booking booking, BookingRequestKind kind = BookingRequestKind.Reservation) =>
        new() { Id = nextId++, Booking = booking, BookingId = booking.Id, Kind = kind, UserId = booking.UserId };

    private static string? Eligible(Booking booking) => null;

    /// <summary>The places of a day as the processor reads them under the lock: counted, with the whole waiting list in its order.</summary>
    private static DayPlaces Places(params Booking[] placed) => new(
        placed.Count(b => b.State is BookingState.Acceptee or BookingState.AnnulationNonTransmise),
        [.. placed.Where(b => b.State == BookingState.ListeAttente).OrderBy(b => b.WaitingSince)],
        placed.Count(b => b.State == BookingState.ListeAttente));

    [Fact]
    public void Requests_in_arrival_order_take_the_places_then_wait_with_their_position()
    {
        var bookings = Enumerable.Range(0, 4).Select(_ => NewBooking()).ToList();
        var requests = bookings.Select(b => Request(b)).ToList();

        new DayProcessing(ApsMatin, Thursday, 2, Clock()).Apply(Places(), requests, Eligible);

        Assert.Equal([BookingOutcome.Acceptee, BookingOutcome.Acceptee, BookingOutcome.ListeAttente, BookingOutcome.ListeAttente], requests.Select(r => r.Outcome!.Value));
        Assert.Equal([null, null, 1, 2], requests.Select(r => r.WaitingPosition));
        Assert.Equal([BookingState.Acceptee, BookingState.Acceptee, BookingState.ListeAttente, BookingState.ListeAttente], bookings.Select(b => b.State));
        Assert.Equal(requests[2].Id, bookings[2].WaitingSince);
        Assert.All(requests, r => Assert.Equal(time.GetUtcNow(), r.ProcessedAt));
    }

    [Fact]
    public void A_cancellation_frees_its_place_for_the_first_on_the_waiting_list_before_a_later_request()
    {
        var leaving = NewBooking(BookingState.AnnulationNonTransmise);
        var staying = NewBooking(BookingState.Acceptee);
        var second = NewBooking(BookingState.ListeAttente, waitingSince: 60);
        var first = NewBooking(BookingState.ListeAttente, waitingSince: 50);
        var newcomer = NewBooking();
        var cancel = Request(leaving, BookingRequestKind.Annulation);
        var late = Request(newcomer);

        var processing = new DayProcessing(ApsMatin, Thursday, 2, Clock());
        processing.Apply(Places(leaving, staying, second, first), [cancel, late], Eligible);

        Assert.Equal(BookingState.Annulee, leaving.State);
        Assert.Equal(BookingOutcome.Annulee, cancel.Outcome);
        Assert.Equal(BookingState.Acceptee, first.State);
        Assert.Null(first.WaitingSince);
        Assert.Equal([first], processing.Promoted);
        Assert.Equal(BookingState.ListeAttente, second.State);
        Assert.Equal(BookingOutcome.ListeAttente, late.Outcome);
        Assert.Equal(2, late.WaitingPosition);
        Assert.Equal(2, processing.Accepted);
    }

    [Fact]
    public void A_request_invalid_since_its_validation_is_refused_with_its_reason_and_takes_no_place()
    {
        var closedDay = NewBooking();
        var notEnrolled = NewBooking();
        var fine = NewBooking();
        var strike = new ClosedDay { Day = Thursday, Label = "Grève", ActivityId = ApsMatin.Id };

        var closed = Request(closedDay);
        new DayProcessing(ApsMatin, Thursday, 1, Clock(strike)).Apply(Places(), [closed], Eligible);
        Assert.Equal(BookingOutcome.Refusee, closed.Outcome);
        Assert.Equal("Fermé : Grève.", closed.Reason);
        Assert.Equal(BookingState.Refusee, closedDay.State);

        var requests = new[] { Request(notEnrolled), Request(fine) };
        new DayProcessing(ApsMatin, Thursday, 1, Clock()).Apply(Places(), requests, b => b == notEnrolled ? "Léo n'est pas inscrit(e)." : null);
        Assert.Equal((BookingOutcome.Refusee, "Léo n'est pas inscrit(e)."), (requests[0].Outcome!.Value, requests[0].Reason));
        Assert.Equal(BookingOutcome.Acceptee, requests[1].Outcome);
    }

    [Fact]
    public void A_day_that_passed_before_the_processing_is_refused()
    {
        var booking = NewBooking();
        var request = Request(booking);
        time.SetUtcNow(new DateTimeOffset(2031, 3, 14, 0, 30, 0, TimeSpan.Zero));

        new DayProcessing(ApsMatin, Thursday, 2, Clock()).Apply(Places(), [request], Eligible);

        Assert.Equal((BookingOutcome.Refusee, "Ce jour est passé."), (request.Outcome!.Value, request.Reason));
    }

    [Fact]
    public void A_reservation_cancelled_before_any_processing_ends_cancelled_with_its_cancellation_and_takes_no_place()
    {
        var booking = NewBooking(BookingState.Annulee);
        var requests = new[] { Request(booking), Request(booking, BookingRequestKind.Annulation) };
        var other = NewBooking();
        var otherRequest = Request(other);

        var processing = new DayProcessing(ApsMatin, Thursday, 1, Clock());
        processing.Apply(Places(), [.. requests, otherRequest], Eligible);

        Assert.All(requests, r => Assert.Equal(BookingOutcome.Annulee, r.Outcome));
        Assert.Equal(BookingState.Annulee, booking.State);
        Assert.Equal(BookingOutcome.Acceptee, otherRequest.Outcome);
    }

    [Fact]
    public void Booked_again_after_a_cancellation_it_goes_to_the_back_of_the_queue_as_its_last_request()
    {
        var booking = NewBooking();
        var first = NewBooking();
        var requests = new[] { Request(booking), Request(booking, BookingRequestKind.Annulation), Request(first), Request(booking) };

        new DayProcessing(ApsMatin, Thursday, 1, Clock()).Apply(Places(), requests, Eligible);

        Assert.Equal([BookingOutcome.Annulee, BookingOutcome.Annulee, BookingOutcome.Acceptee, BookingOutcome.ListeAttente], requests.Select(r => r.Outcome!.Value));
        Assert.Equal(BookingState.ListeAttente, booking.State);
        Assert.Equal(1, requests[3].WaitingPosition);
    }

    [Fact]
    public void A_raised_capacity_promotes_the_waiting_list_in_order_and_a_lowered_one_displaces_nobody()
    {
        var accepted = Enumerable.Range(0, 3).Select(_ => NewBooking(BookingState.Acceptee)).ToList();
        var late = NewBooking(BookingState.ListeAttente, waitingSince: 9);
        var early = NewBooking(BookingState.ListeAttente, waitingSince: 8);

        var raised = new DayProcessing(ApsMatin, Thursday, 4, Clock());
        raised.Apply(Places([.. accepted, late, early]), [], Eligible);
        Assert.Equal([early], raised.Promoted);
        Assert.Equal(BookingState.ListeAttente, late.State);

        var newcomer = NewBooking();
        var request = Request(newcomer);
        var lowered = new DayProcessing(ApsMatin, Thursday, 2, Clock());
        lowered.Apply(Places([.. accepted, early, late]), [request], Eligible);
        Assert.All(accepted.Append(early), b => Assert.Equal(BookingState.Acceptee, b.State));
        Assert.Empty(lowered.Promoted);
        Assert.Equal((BookingOutcome.ListeAttente, 2), (request.Outcome!.Value, request.WaitingPosition!.Value));
    }

    [Fact]
    public void A_request_queued_and_freed_a_place_in_the_same_processing_simply_ends_accepted()
    {
        var leaving = NewBooking(BookingState.AnnulationNonTransmise);
        var newcomer = NewBooking();
        var reservation = Request(newcomer);
        var cancellation = Request(leaving, BookingRequestKind.Annulation);

        var processing = new DayProcessing(ApsMatin, Thursday, 1, Clock());
        processing.Apply(Places(leaving), [reservation, cancellation], Eligible);

        Assert.Equal(BookingState.Acceptee, newcomer.State);
        Assert.Equal(BookingOutcome.Acceptee, reservation.Outcome);
        Assert.Null(reservation.WaitingPosition);
        Assert.Empty(processing.Promoted);
    }

    [Fact]
    public void Only_the_front_of_a_long_waiting_list_is_needed_the_others_are_counted_in_the_positions()
    {
        var leaving = NewBooking(BookingState.AnnulationNonTransmise);
        var first = NewBooking(BookingState.ListeAttente, waitingSince: 50);
        var newcomer = NewBooking();
        var cancel = Request(leaving, BookingRequestKind.Annulation);
        var late = Request(newcomer);
        Assert.Equal(1, DayProcessing.MaxPromotions(2, 2, [cancel, late]));

        // 2 accepted, 500 waiting of which only the first is loaded: the cancellation promotes it, the newcomer is 500th.
        var processing = new DayProcessing(ApsMatin, Thursday, 2, Clock());
        processing.Apply(new DayPlaces(2, [first], 500), [cancel, late], Eligible);

        Assert.Equal([first], processing.Promoted);
        Assert.Equal(BookingOutcome.ListeAttente, late.Outcome);
        Assert.Equal(500, late.WaitingPosition);
        Assert.Throws<InvalidOperationException>(() => new DayProcessing(ApsMatin, Thursday, 2, Clock()).Apply(new DayPlaces(1, [], 3), [], Eligible));
    }
}
