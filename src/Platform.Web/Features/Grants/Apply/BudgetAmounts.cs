using System.Globalization;

namespace Platform.Features.Grants.Apply;

/// <summary>Amounts in whole kronor as people type them: "225 000", "225000 kr", "225 000:-".</summary>
internal static class BudgetAmounts
{
    public const long Max = 10_000_000_000;

    /// <summary>The amount, or null with a Swedish reason.</summary>
    public static (long? Amount, string? Problem) Parse(string text)
    {
        var cleaned = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal).Trim();
        if (cleaned.EndsWith(":-", StringComparison.Ordinal)) cleaned = cleaned[..^2];
        if (cleaned.EndsWith("kr", StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[..^2];
        if (cleaned.EndsWith("kronor", StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[..^6];
        if (cleaned.Length > 0 && cleaned.All(char.IsAsciiDigit) && long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            return amount > Max ? (null, "Beloppet är för stort.") : (amount, null);
        if (cleaned.Contains(',', StringComparison.Ordinal) || cleaned.Contains('.', StringComparison.Ordinal))
            return (null, "Ange beloppet i hela kronor, utan ören, till exempel 225 000.");
        return (null, "Ange ett belopp i kronor, till exempel 225 000.");
    }
}
