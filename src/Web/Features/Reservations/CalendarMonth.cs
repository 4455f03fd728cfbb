using System.Globalization;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>A month of the calendar: its days, its weeks (Monday first) and the query value "2026-01".</summary>
public sealed record CalendarMonth(DateOnly First)
{
    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public string Key => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public CalendarMonth Previous => new(First.AddMonths(-1));

    public CalendarMonth Next => new(First.AddMonths(1));

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, Last.Day).Select(First.AddDays);

    /// <summary>Each week's Monday, from the week holding the first of the month.</summary>
    public IEnumerable<DateOnly> Mondays
    {
        get
        {
            for (var monday = MondayOf(First); monday <= Last; monday = monday.AddDays(7))
            {
                yield return monday;
            }
        }
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static CalendarMonth Parse(string? value, DateOnly today) =>
        DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? new CalendarMonth(first)
            : new CalendarMonth(new DateOnly(today.Year, today.Month, 1));

    public bool Contains(DateOnly day) => day >= First && day <= Last;
}
