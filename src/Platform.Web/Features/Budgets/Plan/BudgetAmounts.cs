using System.Globalization;

namespace Platform.Features.Budgets.Plan;

/// <summary>Reads the amounts of the budget's forms and API: whole kronor, spaces between thousands and "kr" allowed, minus for a negative balance.</summary>
internal static class BudgetAmounts
{
    public const string NotAnAmount = "Ange beloppet i hela kronor, till exempel 225 000.";

    /// <summary>Empty is null; an amount is its value; anything else adds <see cref="NotAnAmount"/> to <paramref name="field"/>.</summary>
    public static long? Read(FieldErrors errors, string field, string? text, bool negativeAllowed = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("kr", "", StringComparison.OrdinalIgnoreCase).Replace('\u2212', '-').Trim();
        var negative = clean.StartsWith('-');
        if (negative) clean = clean[1..];
        if (clean.Length is > 0 and <= 12 && clean.All(char.IsAsciiDigit) && (!negative || negativeAllowed))
        {
            var value = long.Parse(clean, CultureInfo.InvariantCulture);
            return negative ? -value : value;
        }
        errors.Add(field, NotAnAmount);
        return null;
    }

    /// <summary>A per cent with decimal comma or point ("2,5"), between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static decimal? Percent(FieldErrors errors, string field, string? text, decimal min, decimal max, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = text.Replace(" ", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max && decimal.Round(value, 2) == value)
            return value;
        errors.Add(field, message);
        return null;
    }
}
