using Platform.Features.Members;

namespace Platform.Features.Fees;

/// <summary>Bankgiro numbers: 7 or 8 digits, the last a Luhn check digit; shown as 123-4567 or 1234-5678.</summary>
internal static class Bankgiro
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
