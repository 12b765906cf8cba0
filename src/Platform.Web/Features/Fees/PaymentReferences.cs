using System.Globalization;
using Platform.Features.Members;

namespace Platform.Features.Fees;

/// <summary>
/// OCR references (Bankgirot): 2–25 digits, the last a Luhn check digit. With a length digit the
/// second to last digit is the whole length (both control digits included) modulo 10, and is itself
/// part of the Luhn calculation. The association's bank checks them when a member pays.
/// </summary>
public static class Ocr
{
    /// <summary>Whether <paramref name="reference"/> is a valid OCR reference; with <paramref name="lengthDigit"/> its length digit must match too.</summary>
    public static bool IsValid(string? reference, bool lengthDigit = true)
    {
        if (reference is not { Length: >= 2 and <= 25 } || !reference.All(char.IsAsciiDigit) || !Luhn.IsValid(reference)) return false;
        return !lengthDigit || reference[^2] - '0' == reference.Length % 10;
    }

    /// <summary>The OCR reference for <paramref name="number"/>: its digits, the length digit and the Luhn check digit.</summary>
    public static string For(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var digits = number.ToString(CultureInfo.InvariantCulture);
        var withLength = digits + ((digits.Length + 2) % 10).ToString(CultureInfo.InvariantCulture);
        if (withLength.Length + 1 > 25) throw new ArgumentOutOfRangeException(nameof(number), "An OCR reference is at most 25 digits.");
        return withLength + Luhn.CheckDigit(withLength).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Bankgiro numbers: 7 or 8 digits, the last a Luhn check digit; shown as 123-4567 or 1234-5678.</summary>
public static class Bankgiro
{
    /// <summary>The number as 123-4567 or 1234-5678, or null if it is not a valid bankgiro number.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null) return null;
        var digits = Digits(input);
        if (digits is not { Length: 7 or 8 } || !Luhn.IsValid(digits)) return null;
        return $"{digits[..^4]}-{digits[^4..]}";
    }

    /// <summary>The digits of a formatted number: "1234-5678" → "12345678"; null if anything but digits, spaces and one hyphen.</summary>
    public static string? Digits(string input)
    {
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

/// <summary>Numbers as people type them in Swedish forms: "190 575,50", with spaces (or no-break spaces) between thousands and a decimal comma.</summary>
public static class SwedishNumber
{
    private static string? Clean(string? text) =>
        text?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.').Trim();

    public static decimal? ParseAmount(string? text) =>
        decimal.TryParse(Clean(text), System.Globalization.NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? ParseWhole(string? text) =>
        int.TryParse(Clean(text), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>Money is kept in öre (whole numbers) and shown the Swedish way.</summary>
public static class Money
{
    /// <summary>"190 575,00 kr" (with a non-breaking space between thousands, as sv-SE writes).</summary>
    public static string Format(long ore) => (ore / 100m).ToString("N2", Platform.Infrastructure.SwedishTime.Culture) + " kr";

    /// <summary>"6 930 000 kr" for a whole-krona amount.</summary>
    public static string Kronor(long kronor) => kronor.ToString("N0", Platform.Infrastructure.SwedishTime.Culture) + " kr";

    /// <summary>öre as kronor with two decimals, for APIs and e-invoices.</summary>
    public static decimal ToKronor(long ore) => ore / 100m;
}
