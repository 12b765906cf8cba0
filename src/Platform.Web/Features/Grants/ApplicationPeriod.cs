namespace Platform.Features.Grants;

/// <summary>The period an application is for, as the form, the office and the decision read it.</summary>
internal static class ApplicationPeriod
{
    /// <summary>The most years one application may plan for.</summary>
    public const int MaxYears = 10;

    /// <summary>The budget's years: the calendar years of the period, when it is a period of at most <see cref="MaxYears"/> years; otherwise none.</summary>
    public static IReadOnlyList<int> Years(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e >= s && e.Year - s.Year < MaxYears ? Enumerable.Range(s.Year, e.Year - s.Year + 1).ToList() : [];
}
