using System.Globalization;
using Platform.Features.Members;

namespace Platform.Features.Fees;

/// <summary>
/// OCR references (Bankgirot): 2–25 digits, the last a Luhn check digit. With a length digit the
/// second to last digit is the whole length (both control digits included) modulo 10, and is itself
/// part of the Luhn calculation. The association's bank checks them when a member pays.
/// </summary>
internal static class Ocr
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
