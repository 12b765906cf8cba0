using System.Globalization;

namespace Platform.Features.Interventions;

/// <summary>Numbers as people type them in the forms: "250 000", "25,5". Something that is not a number becomes -1, which the register refuses beside its field.</summary>
internal static class FormNumbers
{
    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim();

    /// <summary>Digits only, no sign or spaces (ages, birth years, counts of people): anything else becomes -1.</summary>
    public static int? Digits(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static int? Int(string? value) =>
        Clean(value) is { } v ? int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1 : null;

    public static long? Long(string? value) =>
        Clean(value) is { } v ? long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1 : null;

    public static decimal? Decimal(string? value) =>
        Clean(value)?.Replace(',', '.') is { } v ? decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : -1 : null;

    public static string Kronor(long value) => value.ToString("N0", Infrastructure.SwedishTime.Culture);

    public static string Plain(decimal value) => value.ToString("0.##", Infrastructure.SwedishTime.Culture);
}
