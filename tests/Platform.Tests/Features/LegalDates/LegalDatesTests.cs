using Platform.Features.LegalDates;

namespace Platform.Tests.Features.LegalDates;

public sealed class LegalDatesTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>shared/DOMAIN.md, worked examples (the first is the Sundsvall seed).</summary>
    [Theory]
    [InlineData("2024-05-16", "2024-05-17", "2024-06-07", "2024-06-08")]
    [InlineData("2024-05-15", "2024-05-16", "2024-06-07", "2024-06-08")] // 06-06 is the national day
    [InlineData("2024-12-03", "2024-12-04", "2024-12-27", "2024-12-28")] // the 25th and 26th are holidays
    [InlineData("2025-03-27", "2025-03-28", "2025-04-22", "2025-04-23")] // Easter
    public void The_worked_examples_of_the_domain_hold(string adjusted, string posted, string lastAppealDay, string earliestTakedown)
    {
        Assert.True(NoticeBoardDates.PostingDeadline(D(adjusted)) >= D(posted)); // posted in time
        Assert.Equal(D(lastAppealDay), NoticeBoardDates.LastAppealDay(D(posted)));
        Assert.Equal(D(earliestTakedown), NoticeBoardDates.EarliestTakedown(D(posted)));
    }

    [Theory]
    [InlineData("2024-05-16", "2024-05-20")] // the 18th is a Saturday; Whit Monday the 20th is a weekday since 2005
    [InlineData("2024-05-14", "2024-05-16")]
    [InlineData("2024-12-22", "2024-12-27")] // 24 julafton, 25-26 holidays
    [InlineData("2024-06-19", "2024-06-24")] // 21 midsommarafton, 22 midsommardagen, 23 Sunday
    [InlineData("2025-12-29", "2026-01-02")] // 31 nyårsafton, 1 January
    [InlineData("2026-01-04", "2026-01-07")] // 6 January
    public void The_posting_deadline_is_the_second_day_after_adjustment_moved_to_a_weekday(string adjusted, string deadline) =>
        Assert.Equal(D(deadline), NoticeBoardDates.PostingDeadline(D(adjusted)));

    [Theory]
    [InlineData("2024-05-31", "2024-06-24")] // three weeks ends on midsommarafton
    [InlineData("2024-12-10", "2025-01-02")] // nyårsafton, then New Year's Day
    [InlineData("2024-12-03", "2024-12-27")] // julafton is a Tuesday, then two holidays
    [InlineData("2026-04-12", "2026-05-04")] // Sunday 3 May, so Monday (posting on a Sunday is allowed)
    [InlineData("2027-05-15", "2027-06-07")] // Saturday 5 June, Sunday 6 June (national day)
    public void The_last_appeal_day_is_three_weeks_later_moved_by_the_sunday_rule(string posted, string lastDay) =>
        Assert.Equal(D(lastDay), NoticeBoardDates.LastAppealDay(D(posted)));

    /// <summary>An independent list, written by hand for this test (Easter from published tables).</summary>
    private static readonly Dictionary<int, string> Holidays = new()
    {
        [2024] = "01-01 01-06 03-29 03-31 04-01 05-01 05-09 05-19 06-06 06-22 11-02 12-25 12-26",
        [2025] = "01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-08 06-06 06-21 11-01 12-25 12-26",
        [2026] = "01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-06 06-20 10-31 12-25 12-26",
        [2027] = "01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-26 11-06 12-25 12-26",
        [2028] = "01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-06 06-24 11-04 12-25 12-26",
        [2029] = "01-01 01-06 03-30 04-01 04-02 05-01 05-10 05-20 06-06 06-23 11-03 12-25 12-26",
        [2030] = "01-01 01-06 04-19 04-21 04-22 05-01 05-30 06-09 06-06 06-22 11-02 12-25 12-26",
        [2031] = "01-01 01-06 04-11 04-13 04-14 05-01 05-22 06-01 06-06 06-21 11-01 12-25 12-26",
        [2032] = "01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-26 11-06 12-25 12-26",
        [2033] = "01-01 01-06 04-15 04-17 04-18 05-01 05-26 06-05 06-06 06-25 11-05 12-25 12-26",
        [2034] = "01-01 01-06 04-07 04-09 04-10 05-01 05-18 05-28 06-06 06-24 11-04 12-25 12-26",
        [2035] = "01-01 01-06 03-23 03-25 03-26 05-01 05-03 05-13 06-06 06-23 11-03 12-25 12-26",
    };

    [Fact]
    public void Every_year_from_2024_to_2035_has_exactly_the_listed_public_holidays()
    {
        foreach (var (year, list) in Holidays)
        {
            var expected = list.Split(' ').Select(md => D($"{year}-{md}")).Order().ToList();
            Assert.Equal(expected, SwedishHolidays.PublicHolidays(year).Select(h => h.Date).ToList());
            Assert.Equal(expected[3], SwedishHolidays.EasterSunday(year)); // after New Year, Epiphany and Good Friday
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var holiday = expected.Contains(day) || day.DayOfWeek == DayOfWeek.Sunday;
                Assert.True(holiday == SwedishHolidays.IsPublicHoliday(day), $"{day:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void Midsommarafton_julafton_and_nyarsafton_are_no_weekdays_and_whit_monday_is_one()
    {
        foreach (var year in Holidays.Keys)
        {
            var midsommarafton = SwedishHolidays.PublicHolidays(year).Single(h => h.Name == "Midsommardagen").Date.AddDays(-1);
            Assert.Equal(DayOfWeek.Friday, midsommarafton.DayOfWeek);
            Assert.False(SwedishHolidays.IsPublicHoliday(midsommarafton));
            foreach (var eve in new[] { midsommarafton, new DateOnly(year, 12, 24), new DateOnly(year, 12, 31) })
                Assert.False(SwedishHolidays.IsWeekday(eve), $"{eve:yyyy-MM-dd}");
            var whitMonday = SwedishHolidays.EasterSunday(year).AddDays(50);
            if (whitMonday != new DateOnly(year, 6, 6)) // in 2033 it is the national day
                Assert.True(SwedishHolidays.IsWeekday(whitMonday), $"Whit Monday {whitMonday:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void For_every_day_of_2024_to_2035_the_dates_are_the_first_weekday_on_or_after_the_plain_count()
    {
        for (var day = new DateOnly(2024, 1, 1); day <= new DateOnly(2035, 12, 31); day = day.AddDays(1))
        {
            AssertFirstWeekdayFrom(day.AddDays(2), NoticeBoardDates.PostingDeadline(day));
            var last = NoticeBoardDates.LastAppealDay(day);
            AssertFirstWeekdayFrom(day.AddDays(21), last);
            Assert.Equal(last.AddDays(1), NoticeBoardDates.EarliestTakedown(day));
        }
    }

    private static void AssertFirstWeekdayFrom(DateOnly from, DateOnly result)
    {
        Assert.True(result >= from && result.DayNumber - from.DayNumber < 7, $"{from:yyyy-MM-dd} → {result:yyyy-MM-dd}");
        Assert.True(SwedishHolidays.IsWeekday(result));
        for (var d = from; d < result; d = d.AddDays(1)) Assert.False(SwedishHolidays.IsWeekday(d), $"{d:yyyy-MM-dd} is a weekday before {result:yyyy-MM-dd}");
        Assert.False(result.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }
}
