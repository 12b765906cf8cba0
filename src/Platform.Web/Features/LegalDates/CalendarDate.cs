using System.Globalization;

namespace Platform.Features.LegalDates;

/// <summary>Dates as people and the API write them: <c>ÅÅÅÅ-MM-DD</c>, in years the holiday rules cover.</summary>
internal static class CalendarDate
{
    public const int FirstYear = 1990; // Lag 1989:253 took effect on 1 January 1990
    public const int LastYear = 2199;

    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= FirstYear and <= LastYear;

    public static string Problem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2024-05-16."
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"Ange ett datum mellan {FirstYear} och {LastYear}."
            : $"\"{value}\" är inte ett datum som ÅÅÅÅ-MM-DD, till exempel 2024-05-16.";
}
