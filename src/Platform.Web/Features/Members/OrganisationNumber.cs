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
