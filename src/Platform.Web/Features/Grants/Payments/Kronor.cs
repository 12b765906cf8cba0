using System.Globalization;
using Platform.Features.Shared;

namespace Platform.Features.Grants.Payments;

/// <summary>Whole kronor and counts as people type them: "123 750" or "123750"; never a sign or decimals.</summary>
internal static class Kronor
{

    /// <summary>Reads a whole, non-negative number; adds a field error and returns null when it is not one.</summary>
    public static long? Read(FieldErrors errors, string field, string? value, string label, bool required = true)
    {
        var text = value?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) errors.Add(field, $"Ange {label} i hela kronor.");
            return null;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000_000_000) return n;
        errors.Add(field, $"Ange {label} i hela kronor, till exempel 123 750.");
        return null;
    }

    /// <summary>A count of people: digits only.</summary>
    public static int? Count(FieldErrors errors, string field, string? value, string label, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) errors.Add(field, $"Ange {label}.");
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000) return n;
        errors.Add(field, $"Ange {label} som ett heltal, till exempel 12.");
        return null;
    }
}
