using System.Globalization;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>French wording of days and dates as the booking pages and emails print them.</summary>
internal static class BookingFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Weekday(DayOfWeek day) => French.DateTimeFormat.GetDayName(day);

    /// <summary>"lun. 15/05", the manuals' short form.</summary>
    public static string Short(DateOnly day) => day.ToString("ddd dd/MM", French);

    /// <summary>"lundi 15 mai 2026".</summary>
    public static string Long(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    /// <summary>"mai 2026".</summary>
    public static string Month(DateOnly firstDay) => firstDay.ToString("MMMM yyyy", French);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIso(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string DateTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("dd/MM/yyyy à HH:mm", French);
}
