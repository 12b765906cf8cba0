namespace Platform.Features.LegalDates;

/// <summary>
/// Swedish public holidays (Lag 1989:253 om allmänna helgdagar) and the days that the
/// söndagsregel (Lag 1930:173 om beräkning av lagstadgad tid) treats like a Sunday. Pure and
/// small: every date rule of the notice board rests on it.
/// </summary>
internal static class SwedishHolidays
{
    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The named public holidays of a year, in date order. (Every Sunday is one too.)</summary>
    public static IReadOnlyList<Holiday> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        Holiday[] holidays =
        [
            new(new DateOnly(year, 1, 1), "Nyårsdagen"),
            new(new DateOnly(year, 1, 6), "Trettondedag jul"),
            new(easter.AddDays(-2), "Långfredagen"),
            new(easter, "Påskdagen"),
            new(easter.AddDays(1), "Annandag påsk"),
            new(new DateOnly(year, 5, 1), "Första maj"),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag"),
            new(easter.AddDays(49), "Pingstdagen"),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag"),
            new(SaturdayFrom(new DateOnly(year, 6, 20)), "Midsommardagen"),
            new(SaturdayFrom(new DateOnly(year, 10, 31)), "Alla helgons dag"),
            new(new DateOnly(year, 12, 25), "Juldagen"),
            new(new DateOnly(year, 12, 26), "Annandag jul"),
        ];
        return [.. holidays.OrderBy(h => h.Date)]; // Whit Sunday can fall after the national day
    }

    /// <summary>Midsommarafton, julafton and nyårsafton: not holidays, but days off for time limits (Lag 1930:173).</summary>
    public static IReadOnlyList<Holiday> Eves(int year) =>
    [
        new(SaturdayFrom(new DateOnly(year, 6, 20)).AddDays(-1), "Midsommarafton"),
        new(new DateOnly(year, 12, 24), "Julafton"),
        new(new DateOnly(year, 12, 31), "Nyårsafton"),
    ];

    public static bool IsPublicHoliday(DateOnly date) =>
        date.DayOfWeek == DayOfWeek.Sunday || PublicHolidays(date.Year).Any(h => h.Date == date);

    /// <summary>
    /// A weekday for a legal time limit: not a Saturday, Sunday or public holiday, and not
    /// midsommarafton, julafton or nyårsafton.
    /// </summary>
    public static bool IsWeekday(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsPublicHoliday(date)
        && !Eves(date.Year).Any(e => e.Date == date);

    /// <summary>The date itself if it is a weekday, otherwise the next weekday (the söndagsregel).</summary>
    public static DateOnly ThisOrNextWeekday(DateOnly date)
    {
        while (!IsWeekday(date)) date = date.AddDays(1);
        return date;
    }

    private static DateOnly SaturdayFrom(DateOnly first) =>
        first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
