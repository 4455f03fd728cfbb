namespace DossierFamille.Web.Features.Reservations;

internal static class WeekdaySets
{
    public static WeekdaySet Of(DayOfWeek day) => (WeekdaySet)(1 << (((int)day + 6) % 7));

    public static bool Contains(this WeekdaySet set, DayOfWeek day) => (set & Of(day)) != 0;

    /// <summary>Monday first, as French calendars are.</summary>
    public static IReadOnlyList<DayOfWeek> MondayFirst { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
