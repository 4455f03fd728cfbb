using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations.Gestion;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>The lines of one account's month: bookings at their recorded price, attendance penalties per the tariff, each line rounded once.</summary>
public sealed class InvoiceLinesTests
{
    private const int Aps = 1;
    private const int Cantine = 2;
    private const int Lea = 10;
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static readonly Dictionary<(int, int, DateOnly), AttendanceStatus> NoPointage = [];

    private static Tariff Tariff(int activityId, Action<Tariff>? change = null)
    {
        var tariff = new Tariff { ActivityId = activityId, ValidFrom = new DateOnly(2026, 9, 1), Unit = TariffUnit.Day, OutsideCommunePrice = 4.40m };
        tariff.Brackets.AddRange([new TariffBracket { MaxQuotient = 500, Price = 1.125m }, new TariffBracket { Price = 3.30m }]);
        change?.Invoke(tariff);
        return tariff;
    }

    private static List<InvoiceLine> Build(IEnumerable<BilledDay> bookings, Dictionary<(int, int, DateOnly), AttendanceStatus> pointage, IEnumerable<MarkedDay> present, params Tariff[] tariffs) =>
        InvoiceLines.Build(bookings, pointage, present, new TariffBook(tariffs), new FamilyPricing(450, OutsideCommune: false), _ => "DUPONT Léa", id => id == Aps ? "APS MATIN" : "RESTAURATION");

    [Fact]
    public void Each_accepted_booking_is_a_line_at_its_recorded_price_in_order_of_child_activity_and_date()
    {
        var lines = Build([new BilledDay(Lea, Cantine, Monday, 3.10m), new BilledDay(Lea, Aps, Monday.AddDays(1), 1.13m), new BilledDay(Lea, Aps, Monday, 1.13m)], NoPointage, [], Tariff(Aps));

        Assert.Equal([("APS MATIN", Monday, 1.13m), ("APS MATIN", Monday.AddDays(1), 1.13m), ("RESTAURATION", Monday, 3.10m)], lines.Select(l => (l.Activity, l.Day!.Value, l.Amount)));
        Assert.All(lines, l => Assert.Equal(InvoiceLineKind.Reservation, l.Kind));
        Assert.Equal(5.36m, lines.Sum(l => l.Amount));
    }

    [Fact]
    public void A_booking_without_a_recorded_price_is_not_billed_and_a_justified_absence_is_not_billed()
    {
        var pointage = new Dictionary<(int, int, DateOnly), AttendanceStatus> { [(Lea, Aps, Monday)] = AttendanceStatus.AbsenceJustifiee };

        var lines = Build([new BilledDay(Lea, Aps, Monday, 1.13m), new BilledDay(Lea, Aps, Monday.AddDays(1), null)], pointage, [], Tariff(Aps));

        Assert.Empty(lines);
    }

    [Fact]
    public void An_unjustified_absence_keeps_the_day_and_adds_the_penalty_rounded_once_to_the_cent()
    {
        var pointage = new Dictionary<(int, int, DateOnly), AttendanceStatus> { [(Lea, Aps, Monday)] = AttendanceStatus.Absent };
        var fixedPenalty = Tariff(Aps, t => t.UnjustifiedAbsence = new PenaltyRule(PenaltyKind.FixedPrice, 2.005m));

        var lines = Build([new BilledDay(Lea, Aps, Monday, 1.13m)], pointage, [], fixedPenalty);

        Assert.Equal([(InvoiceLineKind.Reservation, 1.13m), (InvoiceLineKind.AbsenceInjustifiee, 2.01m)], lines.Select(l => (l.Kind, l.Amount)));
        Assert.Equal([InvoiceLineKind.Reservation], Build([new BilledDay(Lea, Aps, Monday, 1.13m)], pointage, [], Tariff(Aps)).Select(l => l.Kind));
    }

    [Fact]
    public void A_day_present_without_booking_costs_the_penalty_on_the_accounts_price_of_that_day_and_nothing_when_it_is_off()
    {
        MarkedDay[] present = [new(Lea, Aps, Monday, AttendanceStatus.PresentSansReservation)];
        var sameAsDay = Tariff(Aps, t => t.PresenceWithoutBooking = new PenaltyRule(PenaltyKind.SameAsDay, null));

        var line = Assert.Single(Build([], NoPointage, present, sameAsDay));

        // The QF 450 bracket's 1.125 € is rounded once: 1.13 €.
        Assert.Equal((InvoiceLineKind.PresenceSansReservation, "APS MATIN", Monday, 1.13m), (line.Kind, line.Activity, line.Day!.Value, line.Amount));
        Assert.Empty(Build([], NoPointage, present, Tariff(Aps)));
        Assert.Empty(Build([], NoPointage, [new(Lea, Cantine, Monday, AttendanceStatus.PresentSansReservation)], sameAsDay));
    }

    [Fact]
    public void The_payer_of_a_day_without_booking_is_who_booked_that_activity_last_else_the_child_else_the_familys_first_account()
    {
        PresencePayer.Booked[] bookings =
        [
            new(Lea, Aps, "mother", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
            new(Lea, Aps, "father", new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)),
            new(Lea, Cantine, "mother", new DateTimeOffset(2026, 10, 3, 0, 0, 0, TimeSpan.Zero)),
        ];

        Assert.Equal("father", PresencePayer.Pick(Lea, Aps, bookings, ["mother", "father"]));
        Assert.Equal("mother", PresencePayer.Pick(Lea, 3, bookings, ["father"]));
        Assert.Equal("father", PresencePayer.Pick(11, Aps, bookings, ["father", "mother"]));
        Assert.Null(PresencePayer.Pick(11, Aps, bookings, []));
    }
}
