namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// A default school-year calendar: French jours fériés and zone C holidays placed on the usual
/// Saturdays. Seeds the demo commune; admins then correct the dates the Ministry published.
/// </summary>
internal static class SchoolCalendar
{
    /// <summary>The jours fériés falling in the school year that starts in September of <paramref name="startYear"/>.</summary>
    public static IEnumerable<(DateOnly Day, string Label)> PublicHolidays(int startYear)
    {
        var end = startYear + 1;
        var easter = EasterSunday(end);
        return
        [
            (new DateOnly(startYear, 11, 1), "Toussaint"),
            (new DateOnly(startYear, 11, 11), "Armistice 1918"),
            (new DateOnly(startYear, 12, 25), "Noël"),
            (new DateOnly(end, 1, 1), "Jour de l'an"),
            (easter.AddDays(1), "Lundi de Pâques"),
            (new DateOnly(end, 5, 1), "Fête du Travail"),
            (new DateOnly(end, 5, 8), "Victoire 1945"),
            (easter.AddDays(39), "Ascension"),
            (easter.AddDays(50), "Lundi de Pentecôte"),
            (new DateOnly(end, 7, 14), "Fête nationale"),
            (new DateOnly(end, 8, 15), "Assomption"),
        ];
    }

    /// <summary>The Friday after Ascension, a usual "pont".</summary>
    public static DateOnly AscensionBridge(int startYear) => EasterSunday(startYear + 1).AddDays(40);

    /// <summary>Zone C holidays of the school year, each with a booking window opening six weeks and closing ten days before it.</summary>
    public static IEnumerable<HolidayPeriod> ZoneC(int startYear)
    {
        var end = startYear + 1;
        HolidayPeriod Period(string name, DateOnly firstDay, DateOnly lastDay) => new()
        {
            Name = name,
            FirstDay = firstDay,
            LastDay = lastDay,
            BookingOpensOn = firstDay.AddDays(-42),
            BookingClosesOn = firstDay.AddDays(-10),
        };
        var toussaint = SaturdayFrom(new DateOnly(startYear, 10, 17));
        var noel = SaturdayFrom(new DateOnly(startYear, 12, 18));
        var hiver = SaturdayFrom(new DateOnly(end, 2, 14));
        var printemps = SaturdayFrom(new DateOnly(end, 4, 11));
        var ete = SaturdayFrom(new DateOnly(end, 7, 1));
        return
        [
            Period("Vacances de la Toussaint", toussaint, toussaint.AddDays(15)),
            Period("Vacances de Noël", noel, noel.AddDays(15)),
            Period("Vacances d'hiver", hiver, hiver.AddDays(15)),
            Period("Vacances de printemps", printemps, printemps.AddDays(15)),
            Period("Vacances d'été", ete, new DateOnly(end, 8, 31)),
        ];
    }

    private static DateOnly SaturdayFrom(DateOnly day) => day.AddDays(((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7);

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
