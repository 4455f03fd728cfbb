namespace DossierFamille.Web.Features.Reservations;

/// <summary>"Now" in the commune's zone, with the holidays and closed days the rules read.</summary>
public sealed record BookingClock(DateTimeOffset Now, TimeZoneInfo Zone, IReadOnlyList<HolidayPeriod> Holidays, IReadOnlyList<ClosedDay> ClosedDays)
{
    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Now, Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public HolidayPeriod? HolidayOf(DateOnly day) => Holidays.FirstOrDefault(h => h.Contains(day));
}
