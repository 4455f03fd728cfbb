using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations.Gestion;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The lines of one account's month, per child, activity and date:
/// <list type="bullet">
/// <item>each accepted booking at its recorded price, except a day the child missed with an excuse (absence justifiée:
/// not billed); a booking recorded without a price (no tariff when it was validated) is not billed;</item>
/// <item>an unjustified absence on a booked day adds the tariff's penalty (its own price, or the day's), when the
/// commune turned it on;</item>
/// <item>a day present without booking is charged the tariff's penalty for it, computed on the account's price of that
/// day; nothing when the penalty is off or the activity has no tariff that day.</item>
/// </list>
/// Each line is rounded once, to the cent; the total is their sum. Late cancellation has nothing to apply to: a
/// cancellation after the deadline is refused when the parent makes it, so none is ever recorded.
/// </summary>
public static class InvoiceLines
{
    public static List<InvoiceLine> Build(
        IEnumerable<BilledDay> bookings,
        IReadOnlyDictionary<(int ChildId, int ActivityId, DateOnly Day), AttendanceStatus> attendance,
        IEnumerable<MarkedDay> presentWithoutBooking,
        TariffBook tariffs,
        FamilyPricing pricing,
        Func<int, string> childName,
        Func<int, string> activityName)
    {
        ArgumentNullException.ThrowIfNull(tariffs);
        ArgumentNullException.ThrowIfNull(childName);
        ArgumentNullException.ThrowIfNull(activityName);
        var lines = new List<(int Order, InvoiceLine Line)>();
        void Add(InvoiceLineKind kind, int childId, int activityId, DateOnly day, decimal amount) =>
            lines.Add(((int)kind, new InvoiceLine { Kind = kind, ChildName = childName(childId), ActivityId = activityId, Activity = activityName(activityId), Day = day, Amount = Money.Line(amount) }));

        foreach (var booking in bookings)
        {
            var marked = attendance.TryGetValue((booking.ChildId, booking.ActivityId, booking.Day), out var status);
            if (marked && status == AttendanceStatus.AbsenceJustifiee)
            {
                continue;
            }

            if (booking.Price is { } price)
            {
                Add(InvoiceLineKind.Reservation, booking.ChildId, booking.ActivityId, booking.Day, price);
            }

            if (marked && status == AttendanceStatus.Absent && tariffs.For(booking.ActivityId, booking.Day) is { } tariff
                && tariff.UnjustifiedAbsence.AmountFor(booking.Price ?? Money.Line(tariff.UnitPriceFor(pricing))) is { } penalty)
            {
                Add(InvoiceLineKind.AbsenceInjustifiee, booking.ChildId, booking.ActivityId, booking.Day, penalty);
            }
        }

        foreach (var day in presentWithoutBooking)
        {
            if (tariffs.For(day.ActivityId, day.Day) is { } tariff && tariff.PresenceWithoutBooking.AmountFor(Money.Line(tariff.UnitPriceFor(pricing))) is { } penalty)
            {
                Add(InvoiceLineKind.PresenceSansReservation, day.ChildId, day.ActivityId, day.Day, penalty);
            }
        }

        return [.. lines.OrderBy(l => l.Line.ChildName, StringComparer.Ordinal).ThenBy(l => l.Line.Activity, StringComparer.Ordinal)
            .ThenBy(l => l.Line.Day).ThenBy(l => l.Order).Select(l => l.Line)];
    }
}
