using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>The booking rules on a fake clock in the commune's zone (Europe/Paris).</summary>
public sealed class BookingRulesTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly BookableActivity ApsMatin = new() { Id = 1, StructureId = 10, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20) };

    private static readonly BookableActivity Restauration = new() { Id = 2, StructureId = 10, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20) };

    private static readonly BookableActivity Vacances = new()
    {
        Id = 3, StructureId = 20, Name = "ACCUEIL VACANCES", StartsAt = new(8, 0), EndsAt = new(18, 0), Weekdays = WeekdaySet.Weekdays, OpensInSchoolPeriods = false, OpensInHolidays = true,
    };

    private static readonly HolidayPeriod Noel = new()
    {
        Name = "Vacances de Noël", FirstDay = new(2026, 12, 19), LastDay = new(2027, 1, 3), BookingOpensOn = new(2026, 11, 7), BookingClosesOn = new(2026, 12, 9),
    };

    /// <summary>A clock at a local Paris time, read through a FakeTimeProvider as the portal reads its TimeProvider.</summary>
    private static BookingClock At(int year, int month, int day, int hour, int minute, IReadOnlyList<ClosedDay>? closed = null)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        var clock = new FakeTimeProvider(new DateTimeOffset(local, Paris.GetUtcOffset(local)));
        return new BookingClock(clock.GetUtcNow(), Paris, [Noel], closed ?? []);
    }

    [Fact]
    public void A_school_day_is_bookable_until_thursday_23_59_of_the_previous_week_across_a_year_end()
    {
        var friday = new DateOnly(2027, 1, 8);
        Assert.Equal(new DateTime(2026, 12, 31, 23, 59, 0), ApsMatin.BookingDeadline.LastMinuteFor(friday));
        Assert.Null(BookingRules.CannotBook(ApsMatin, friday, At(2026, 12, 31, 23, 59)));
        Assert.Equal("Le délai est dépassé : réservations jusqu'au jeudi de la semaine précédente à 23:59.", BookingRules.CannotBook(ApsMatin, friday, At(2027, 1, 1, 0, 0)));
    }

    [Fact]
    public void The_thursday_rule_crosses_a_month_end_and_a_summer_time_change()
    {
        var monday = new DateOnly(2026, 11, 2);
        Assert.Equal(new DateTime(2026, 10, 29, 23, 59, 0), ApsMatin.BookingDeadline.LastMinuteFor(monday));
        Assert.Equal(new DateTime(2026, 10, 29, 23, 59, 0), ApsMatin.BookingDeadline.LastMinuteFor(new DateOnly(2026, 11, 8)));
        Assert.Null(BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 5), At(2026, 10, 29, 23, 59)));
        Assert.NotNull(BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 5), At(2026, 10, 30, 0, 0)));
    }

    [Fact]
    public void A_days_before_rule_counts_back_across_the_end_of_february()
    {
        var mercredi = new BookableActivity { Id = 4, Name = "MERCREDI", Weekdays = WeekdaySet.Wednesday, BookingDeadline = BookingDeadlineRule.DaysBeforeAt(3, new TimeOnly(12, 0)) };
        var day = new DateOnly(2027, 3, 3);
        Assert.Equal(new DateTime(2027, 2, 28, 12, 0, 0), mercredi.BookingDeadline.LastMinuteFor(day));
        Assert.Null(BookingRules.CannotBook(mercredi, day, At(2027, 2, 28, 12, 0)));
        Assert.Equal("Le délai est dépassé : réservations jusqu'à J-3 à 12:00.", BookingRules.CannotBook(mercredi, day, At(2027, 2, 28, 12, 1)));
    }

    [Fact]
    public void Days_are_bookable_up_to_the_horizon_and_never_in_the_past()
    {
        var clock = At(2026, 9, 1, 9, 0);
        Assert.Null(BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 30), clock));
        Assert.Equal("Ce jour n'est pas encore ouvert : les réservations sont possibles 90 jours à l'avance.", BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 12, 1), clock));
        Assert.Equal("Ce jour est passé.", BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 9, 1), clock));
        Assert.Equal("Ce jour est passé.", BookingRules.CannotCancel(ApsMatin, new DateOnly(2026, 8, 31), clock));
    }

    [Fact]
    public void Holidays_have_their_own_booking_window_and_close_the_school_activities()
    {
        var christmasMonday = new DateOnly(2026, 12, 21);
        Assert.Equal("Les réservations des vacances de noël ouvrent le samedi 7 novembre 2026.", BookingRules.CannotBook(Vacances, christmasMonday, At(2026, 11, 6, 20, 0)));
        Assert.Null(BookingRules.CannotBook(Vacances, new DateOnly(2027, 1, 1).AddDays(-3), At(2026, 11, 7, 8, 0)));
        Assert.Equal("Les réservations des vacances de noël sont closes depuis le mercredi 9 décembre 2026.", BookingRules.CannotBook(Vacances, christmasMonday, At(2026, 12, 10, 8, 0)));
        Assert.Equal("APS MATIN n'a pas lieu pendant les vacances de noël.", BookingRules.CannotBook(ApsMatin, christmasMonday, At(2026, 11, 7, 8, 0)));
        Assert.Equal("ACCUEIL VACANCES n'a lieu que pendant les vacances scolaires.", BookingRules.CannotBook(Vacances, new DateOnly(2026, 12, 14), At(2026, 11, 7, 8, 0)));
    }

    [Fact]
    public void Jours_feries_close_every_activity_and_a_closure_of_one_activity_only_that_one()
    {
        var closed = new List<ClosedDay> { new() { Day = new(2026, 11, 11), Label = "Armistice 1918" }, new() { Day = new(2026, 11, 12), Label = "Sortie scolaire", ActivityId = Restauration.Id } };
        var clock = At(2026, 10, 1, 8, 0, closed);
        Assert.Equal("Fermé : Armistice 1918.", BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 11), clock));
        Assert.Equal("Fermé : Sortie scolaire.", BookingRules.CannotBook(Restauration, new DateOnly(2026, 11, 12), clock));
        Assert.Null(BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 12), clock));
        Assert.Equal("APS MATIN n'a pas lieu le mercredi.", BookingRules.CannotBook(ApsMatin, new DateOnly(2026, 11, 4), clock));
    }

    [Fact]
    public void Cancellation_has_its_own_switch_and_deadline()
    {
        var noCancel = new BookableActivity { Id = 5, Name = "SORTIE", CancellationAllowed = false };
        var clock = At(2026, 10, 1, 8, 0);
        Assert.Equal("Les réservations de SORTIE ne peuvent pas être annulées en ligne.", BookingRules.CannotCancel(noCancel, new DateOnly(2026, 10, 20), clock));
        var lateCancel = new BookableActivity { Id = 6, Name = "CANTINE", CancellationDeadline = BookingDeadlineRule.DaysBeforeAt(1, new TimeOnly(9, 0)) };
        Assert.Null(BookingRules.CannotCancel(lateCancel, new DateOnly(2026, 10, 2), clock));
        Assert.NotNull(BookingRules.CannotBook(lateCancel, new DateOnly(2026, 10, 2), clock));
    }

    [Fact]
    public void Only_a_child_enrolled_this_school_year_books_and_a_complete_dossier_when_the_activity_asks()
    {
        var strict = new BookableActivity { Id = 7, Name = "MERCREDI", RequiresDossierComplet = true };
        Assert.Equal("Léa n'est pas inscrit(e) dans la structure de APS MATIN pour l'année scolaire 2026-2027.", BookingRules.NotEligible(ApsMatin, false, true, "Léa", "2026-2027"));
        Assert.Null(BookingRules.NotEligible(ApsMatin, true, false, "Léa", "2026-2027"));
        Assert.Contains("n'est pas complet", BookingRules.NotEligible(strict, true, false, "Léa", "2026-2027"), StringComparison.Ordinal);
        Assert.Null(BookingRules.NotEligible(strict, true, true, "Léa", "2026-2027"));
        Assert.Equal("2025-2026", BookingRules.SchoolYearOf(new DateOnly(2026, 8, 31)));
        Assert.Equal("2026-2027", BookingRules.SchoolYearOf(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Overlapping_hours_are_incompatible_and_touching_hours_are_not()
    {
        var garderie = new BookableActivity { Id = 8, Name = "GARDERIE", StartsAt = new(8, 0), EndsAt = new(8, 30) };
        var afterMorning = new BookableActivity { Id = 9, Name = "ÉTUDE", StartsAt = new(8, 20), EndsAt = new(9, 0) };
        Assert.Equal("Horaires incompatibles avec APS MATIN (07:30–08:20) réservé le même jour.", BookingRules.Incompatible(garderie, [ApsMatin]));
        Assert.Null(BookingRules.Incompatible(afterMorning, [ApsMatin, Restauration]));
    }

    [Fact]
    public void A_quick_toggle_books_all_when_the_first_changeable_day_is_free_and_cancels_all_otherwise()
    {
        DayCell Cell(int day, CellState state, bool canBook = false, bool canCancel = false) => new(ApsMatin, new DateOnly(2026, 11, day), state, null, canBook, canCancel);
        var locked = Cell(2, CellState.BookedLocked);
        Assert.True(QuickToggle.Target([Cell(10, CellState.Booked, canCancel: true), locked, Cell(9, CellState.Free, canBook: true)]));
        Assert.False(QuickToggle.Target([locked, Cell(9, CellState.Booked, canCancel: true), Cell(10, CellState.Free, canBook: true)]));
        Assert.False(QuickToggle.Target([Cell(9, CellState.InCartToBook), Cell(10, CellState.Free, canBook: true)]));
        Assert.Null(QuickToggle.Target([locked, Cell(3, CellState.Closed), Cell(4, CellState.OtherParent)]));
    }

    [Fact]
    public void A_day_booked_by_the_other_parent_is_shown_as_theirs_and_cannot_change()
    {
        var child = new Child { Id = 1, FamilyId = 1, FirstName = "Emma", LastName = "Petit" };
        var day = new DateOnly(2026, 10, 20);
        var data = new ChildBookingData(child, [ApsMatin, Restauration], new HashSet<(int, string)> { (10, "2026-2027") }, new HashSet<string>(),
            [new Booking { ChildId = 1, ActivityId = ApsMatin.Id, Day = day, State = BookingState.Acceptee, UserId = "other" }], []);
        var plan = new ChildPlan(At(2026, 10, 1, 8, 0), data, "me", DayPrices.None);

        var cell = plan.Cell(ApsMatin, day);
        Assert.Equal(CellState.OtherParent, cell.State);
        Assert.Equal(BookingRules.OtherParentMessage, cell.Reason);
        Assert.False(cell.CanChange);
        Assert.Equal(CellState.Free, plan.Cell(Restauration, day).State);
        Assert.Equal(CellState.Unavailable, plan.Cell(ApsMatin, new DateOnly(2027, 10, 19)).State);
    }
}
