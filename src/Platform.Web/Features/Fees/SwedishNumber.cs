using System.Globalization;

namespace Platform.Features.Fees;

/// <summary>Numbers as people type them in Swedish forms: "190 575,50", with spaces (or no-break spaces) between thousands and a decimal comma.</summary>
internal static class SwedishNumber
{
    private static string? Clean(string? text) =>
        text?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.').Trim();

    public static decimal? ParseAmount(string? text) =>
        decimal.TryParse(Clean(text), System.Globalization.NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? ParseWhole(string? text) =>
        int.TryParse(Clean(text), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
