using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// The reports a grant asks for, per year of the period: a half-year report (from January 1, or the
/// period's start, to June 30) when the year's period starts before July and goes on after June, and an
/// annual report for the year's part of the period; each due <c>dueDays</c> after its period ends.
/// </summary>
internal static class ReportSchedule
{
    public static IEnumerable<(int Year, ReportKind Kind, DateOnly Start, DateOnly End, DateOnly Due)> For(DateOnly periodStart, DateOnly periodEnd, IEnumerable<int> years, int dueDays)
    {
        foreach (var year in years.Order())
        {
            var start = Max(new DateOnly(year, 1, 1), periodStart);
            var end = Min(new DateOnly(year, 12, 31), periodEnd);
            if (end < start) continue;
            var june = new DateOnly(year, 6, 30);
            if (start <= june && end > june) yield return (year, ReportKind.HalfYear, start, june, june.AddDays(dueDays));
            yield return (year, ReportKind.Annual, start, end, end.AddDays(dueDays));
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
