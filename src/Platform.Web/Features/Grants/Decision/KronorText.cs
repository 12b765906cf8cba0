using System.Globalization;

namespace Platform.Features.Grants.Decision;

/// <summary>The decision's amounts as typed: whole kronor (the JSON side is the platform's <see cref="Shared.NumberText"/>).</summary>
internal static class KronorText
{
    /// <summary>Whole kronor: digits, with spaces between thousands allowed; null when it is not an amount.</summary>
    public static long? Parse(string? text)
    {
        var digits = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("kr", "", StringComparison.OrdinalIgnoreCase);
        return digits.Length is > 0 and <= 12 && digits.All(char.IsAsciiDigit) ? long.Parse(digits, CultureInfo.InvariantCulture) : null;
    }
}
