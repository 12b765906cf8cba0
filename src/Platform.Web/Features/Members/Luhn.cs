namespace Platform.Features.Members;

/// <summary>The Luhn (modulus 10) check used by organisationsnummer, OCR references and bankgiro numbers.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && CheckDigit(digits[..^1]) == digits[^1] - '0';

    /// <summary>The check digit that makes <paramref name="digits"/> followed by it valid.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9) throw new FormatException("Only digits are allowed.");
            if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2; // double every other digit, starting with the rightmost
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
