namespace Platform.Features.Members;

/// <summary>
/// Swedish organisationsnummer: ten digits, NNNNNN-NNNN, the last a Luhn (modulus 10) check digit
/// over the other nine. The third digit is at least 2 for a legal person (it cannot be a month).
/// </summary>
internal static class OrganisationNumber
{
    /// <summary>The number as NNNNNN-NNNN, or null if it is not a valid organisationsnummer.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return null;
        if (digits[2] < '2') return null;
        return Luhn.IsValid(digits) ? $"{digits[..6]}-{digits[6..]}" : null;
    }
}

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
