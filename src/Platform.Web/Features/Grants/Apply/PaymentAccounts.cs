using Platform.Features.Fees;
using Platform.Features.Members;

namespace Platform.Features.Grants.Apply;

/// <summary>The applicant's bankgiro (checked by Fees) or plusgiro: 2 to 8 digits, the last a Luhn (modulus 10) check digit.</summary>
internal static class PaymentAccounts
{
    /// <summary>Plusgiro as 1234567-8 (the check digit after a hyphen), or null if it is not a valid number.</summary>
    public static string? Plusgiro(string input)
    {
        var digits = Bankgiro.Digits(input);
        if (digits is not { Length: >= 2 and <= 8 } || !Luhn.IsValid(digits)) return null;
        return $"{digits[..^1]}-{digits[^1]}";
    }
}
