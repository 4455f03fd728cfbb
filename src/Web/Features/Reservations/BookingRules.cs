namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The commune's booking rules as pure functions of an activity, a day and a clock. Each returns
/// the French reason a parent reads when the day cannot change, or null when it can.
/// </summary>
internal static class BookingRules
{
    public const string OtherParentMessage = "Une réservation concernant votre enfant a déjà eu lieu pour le jour choisi.";

    /// <summary>Why the activity does not run that day (weekday, holidays, jour férié, closure).</summary>
    public static string? NotRunning(BookableActivity activity, DateOnly day, BookingClock clock)
    {
        if (clock.ClosedDays.FirstOrDefault(c => c.Day == day && (c.ActivityId is null || c.ActivityId == activity.Id)) is { } closed)
        {
            return $"Fermé : {closed.Label}.";
        }

        if (!activity.IsActive || !activity.Weekdays.Contains(day.DayOfWeek))
        {
            return $"{activity.Name} n'a pas lieu le {BookingFormat.Weekday(day.DayOfWeek)}.";
        }

        var holiday = clock.HolidayOf(day);
        return holiday switch
        {
            not null when !activity.OpensInHolidays => $"{activity.Name} n'a pas lieu pendant les {holiday.Name.ToLowerInvariant()}.",
            null when !activity.OpensInSchoolPeriods => $"{activity.Name} n'a lieu que pendant les vacances scolaires.",
            _ => null,
        };
    }

    /// <summary>Why the day cannot be booked now: not running, past, beyond the horizon, outside the window or past the deadline.</summary>
    public static string? CannotBook(BookableActivity activity, DateOnly day, BookingClock clock) =>
        NotRunning(activity, day, clock) ?? OutsideWindow(activity, day, clock, activity.BookingDeadline, "réservations");

    /// <summary>
    /// Why a booked day cannot be cancelled now. A place on the waiting list holds nothing the
    /// mairie plans with: it can be left until the day comes.
    /// </summary>
    public static string? CannotCancel(BookableActivity activity, Booking booking, BookingClock clock)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.State switch
        {
            BookingState.AnnulationNonTransmise => "L'annulation de ce jour est déjà demandée.",
            BookingState.ListeAttente => booking.Day <= clock.Today ? "Ce jour est passé." : null,
            _ => CannotCancel(activity, booking.Day, clock),
        };
    }

    /// <summary>Why a booked day cannot be cancelled now.</summary>
    public static string? CannotCancel(BookableActivity activity, DateOnly day, BookingClock clock) =>
        activity.CancellationAllowed
            ? OutsideWindow(activity, day, clock, activity.CancellationDeadline, "annulations")
            : $"Les réservations de {activity.Name} ne peuvent pas être annulées en ligne.";

    /// <summary>
    /// Eligibility: enrolled in the activity's structure for the day's school year and, when the
    /// activity asks for it, the child's dossier complete for that year.
    /// </summary>
    public static string? NotEligible(BookableActivity activity, bool enrolled, bool dossierComplet, string childName, string schoolYear)
    {
        if (!enrolled)
        {
            return $"{childName} n'est pas inscrit(e) dans la structure de {activity.Name} pour l'année scolaire {schoolYear}.";
        }

        return activity.RequiresDossierComplet && !dossierComplet
            ? $"Le dossier de {childName} n'est pas complet pour l'année scolaire {schoolYear} : {activity.Name} ne peut pas encore être réservé."
            : null;
    }

    /// <summary>Why booking <paramref name="activity"/> clashes with another activity the child has that day.</summary>
    public static string? Incompatible(BookableActivity activity, IEnumerable<BookableActivity> otherBookedThatDay) =>
        otherBookedThatDay.FirstOrDefault(o => o.Id != activity.Id && o.OverlapsWith(activity)) is { } other
            ? $"Horaires incompatibles avec {other.Name} ({other.Hours}) réservé le même jour."
            : null;

    /// <summary>The school year a day belongs to: "2026-2027" from September 2026 to August 2027.</summary>
    public static string SchoolYearOf(DateOnly day)
    {
        var start = day.Month >= 9 ? day.Year : day.Year - 1;
        return $"{start}-{start + 1}";
    }

    private static string? OutsideWindow(BookableActivity activity, DateOnly day, BookingClock clock, BookingDeadlineRule rule, string what)
    {
        if (day <= clock.Today)
        {
            return "Ce jour est passé.";
        }

        if (clock.HolidayOf(day) is { } holiday && activity.OpensInHolidays)
        {
            if (clock.Today < holiday.BookingOpensOn)
            {
                return $"Les {what} des {holiday.Name.ToLowerInvariant()} ouvrent le {BookingFormat.Long(holiday.BookingOpensOn)}.";
            }

            return clock.Today > holiday.BookingClosesOn
                ? $"Les {what} des {holiday.Name.ToLowerInvariant()} sont closes depuis le {BookingFormat.Long(holiday.BookingClosesOn)}."
                : null;
        }

        if (day > clock.Today.AddDays(activity.HorizonDays))
        {
            return $"Ce jour n'est pas encore ouvert : les réservations sont possibles {activity.HorizonDays} jours à l'avance.";
        }

        return clock.LocalNow >= rule.LastMinuteFor(day).AddMinutes(1)
            ? $"Le délai est dépassé : {what} {rule.Describe()}."
            : null;
    }
}
