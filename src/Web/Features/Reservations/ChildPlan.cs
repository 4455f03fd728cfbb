using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Invoicing.Debtors;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One child's calendar as one account sees it: every (activity, day) with its state, the cart
/// included, and why it cannot change. Pure: the same answers for the page, the quick toggles, the
/// copy and the final validation. A debtor account (<paramref name="debt"/>) can book no day.
/// </summary>
internal sealed class ChildPlan(BookingClock clock, ChildBookingData data, string userId, DayPrices prices, AccountDebt? debt = null)
{
    /// <summary>The account's overdue invoices, when it is a debtor: no new booking until they are paid.</summary>
    public AccountDebt? Debt => debt;

    public BookingClock Clock => clock;

    public ChildBookingData Data => data;

    public Booking? ActiveBooking(int activityId, DateOnly day) =>
        data.Bookings.FirstOrDefault(b => b.ActivityId == activityId && b.Day == day && b.IsActive);

    public CartLine? CartLine(int activityId, DateOnly day) =>
        data.Cart.FirstOrDefault(l => l.ActivityId == activityId && l.Day == day);

    /// <summary>What the account pays for the day ("le tarif appliqué"); null when no tariff applies.</summary>
    public decimal? Price(int activityId, DateOnly day) => prices.Of(activityId, day);

    public DayCell Cell(BookableActivity activity, DateOnly day) => StateOf(activity, day) with { Price = prices.Of(activity.Id, day) };

    private DayCell StateOf(BookableActivity activity, DateOnly day)
    {
        var booking = ActiveBooking(activity.Id, day);
        if (booking is not null && booking.UserId != userId)
        {
            return new DayCell(activity, day, CellState.OtherParent, BookingRules.OtherParentMessage, false, false);
        }

        if (CartLine(activity.Id, day) is { } line)
        {
            return new DayCell(activity, day, line.Kind == BookingRequestKind.Reservation ? CellState.InCartToBook : CellState.InCartToCancel, null, false, false);
        }

        if (booking is not null)
        {
            var cannotCancel = BookingRules.CannotCancel(activity, booking, clock);
            var state = booking.State switch
            {
                BookingState.NonTransmise => CellState.NonTransmise,
                BookingState.EnAttentePaiement => CellState.AwaitingPayment,
                BookingState.ListeAttente => CellState.WaitingList,
                BookingState.AnnulationNonTransmise => CellState.CancelPending,
                _ => cannotCancel is null ? CellState.Booked : CellState.BookedLocked,
            };
            return state == CellState.AwaitingPayment
                ? new DayCell(activity, day, state, PayAtBooking.PayAtBookingLines.AwaitingPayment, false, false)
                : new DayCell(activity, day, state, cannotCancel, false, cannotCancel is null);
        }

        if (BookingRules.NotRunning(activity, day, clock) is { } closed)
        {
            return new DayCell(activity, day, CellState.Closed, closed, false, false);
        }

        var reason = CannotBook(activity, day, OtherActivitiesBooked(activity, day, includeCart: true));
        return new DayCell(activity, day, reason is null ? CellState.Free : CellState.Unavailable, reason, reason is null, false);
    }

    /// <summary>Every rule of a new booking: window, eligibility, incompatible hours with <paramref name="otherBooked"/>.</summary>
    public string? CannotBook(BookableActivity activity, DateOnly day, IEnumerable<BookableActivity> otherBooked)
    {
        if (debt is not null)
        {
            return AccountDebt.BookingRefused;
        }

        var schoolYear = BookingRules.SchoolYearOf(day);
        return BookingRules.CannotBook(activity, day, clock)
            ?? BookingRules.NotEligible(activity, data.Enrolments.Contains((activity.StructureId, schoolYear)), data.CompleteYears.Contains(schoolYear), data.Child.FirstName, schoolYear)
            ?? BookingRules.Incompatible(activity, otherBooked);
    }

    /// <summary>The child's other activities that day: active bookings not being cancelled, and (optionally) the cart's reservations.</summary>
    public IEnumerable<BookableActivity> OtherActivitiesBooked(BookableActivity activity, DateOnly day, bool includeCart)
    {
        var cancelled = data.Cart.Where(l => l.Day == day && l.Kind == BookingRequestKind.Annulation).Select(l => l.ActivityId).ToHashSet();
        var ids = data.Bookings.Where(b => b.Day == day && b.IsActive && b.State != BookingState.AnnulationNonTransmise && !cancelled.Contains(b.ActivityId)).Select(b => b.ActivityId);
        if (includeCart)
        {
            ids = ids.Concat(data.Cart.Where(l => l.Day == day && l.Kind == BookingRequestKind.Reservation).Select(l => l.ActivityId));
        }

        var set = ids.Where(id => id != activity.Id).ToHashSet();
        return data.Activities.Where(a => set.Contains(a.Id));
    }
}
