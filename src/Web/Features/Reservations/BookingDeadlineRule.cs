namespace DossierFamille.Web.Features.Reservations;

/// <summary>Until when a school-period day may be booked (or cancelled): the last minute included.</summary>
public sealed record BookingDeadlineRule(DeadlineKind Kind, DayOfWeek Weekday, int DaysBefore, TimeOnly Time)
{
    public static BookingDeadlineRule ThursdayOfPreviousWeek { get; } = new(DeadlineKind.PreviousWeek, DayOfWeek.Thursday, 0, new TimeOnly(23, 59));

    public static BookingDeadlineRule DaysBeforeAt(int days, TimeOnly time) => new(DeadlineKind.DaysBefore, DayOfWeek.Monday, days, time);

    /// <summary>The local date and time of the last minute to book <paramref name="day"/>.</summary>
    public DateTime LastMinuteFor(DateOnly day)
    {
        var date = Kind switch
        {
            DeadlineKind.PreviousWeek => day.AddDays(-(((int)day.DayOfWeek + 6) % 7) - 7 + (((int)Weekday + 6) % 7)),
            _ => day.AddDays(-DaysBefore),
        };
        return date.ToDateTime(new TimeOnly(Time.Hour, Time.Minute));
    }

    public string Describe() => Kind switch
    {
        DeadlineKind.PreviousWeek => $"jusqu'au {BookingFormat.Weekday(Weekday)} de la semaine précédente à {Time:HH\\:mm}",
        _ => $"jusqu'à J-{DaysBefore} à {Time:HH\\:mm}",
    };
}
