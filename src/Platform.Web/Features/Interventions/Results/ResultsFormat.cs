using Platform.Infrastructure;

namespace Platform.Features.Interventions.Results;

/// <summary>Numbers as the results pages write them: Swedish groups and decimal comma, "–" for nothing.</summary>
internal static class ResultsFormat
{
    public static string Number(int value) => value.ToString("N0", SwedishTime.Culture);

    public static string Number(decimal? value) =>
        value is not { } v ? "–" : v.ToString(v == decimal.Truncate(v) ? "N0" : "N1", SwedishTime.Culture);

    public static string Percent(decimal? value) => value is { } v ? v.ToString("N1", SwedishTime.Culture) + " %" : "–";

    public static string Kronor(long? value) => value is { } v ? v.ToString("N0", SwedishTime.Culture) + " kr" : "–";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
