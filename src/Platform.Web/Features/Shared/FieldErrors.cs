using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Features.Shared;

/// <summary>
/// Collects field errors (keys are the API's camelCase field names) and parses the strings that
/// forms and JSON send, so that a wrong value gets a Swedish message beside its field.
/// </summary>
internal sealed class FieldErrors
{
    /// <summary>The title of every answer with field errors.</summary>
    public const string Title = "Uppgifterna innehåller fel";

    private readonly Dictionary<string, string[]> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) => _errors.TryAdd(field, [message]);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors;

    public string? Text(string field, string? value, string label, int max, bool required = false)
    {
        // The edge (form binder, JSON converter) has cleaned it already; this covers every other way in (imports, jobs).
        var text = string.IsNullOrWhiteSpace(value) ? null : Infrastructure.Text.PlainText.Clean(value).Trim();
        if (text?.Length == 0) text = null;
        if (text is null && required) Add(field, $"Ange {label}.");
        else if (text?.Length > max) Add(field, $"{Capitalise(label)} får vara högst {max} tecken.");
        return text;
    }

    /// <summary>
    /// The one strict reading of an enum from a form or JSON: a member's name in any case, never a number
    /// ("3", which Enum.TryParse would accept) and never an undefined value.
    /// </summary>
    public static bool TryEnum<TEnum>(string? value, out TEnum parsed) where TEnum : struct, Enum =>
        System.Enum.TryParse(value, ignoreCase: true, out parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _);

    public TEnum Enum<TEnum>(string field, string? value, IReadOnlyDictionary<TEnum, string> labels, TEnum fallback = default) where TEnum : struct, Enum
    {
        if (TryEnum<TEnum>(value, out var parsed))
            return parsed;
        Add(field, $"Välj en av: {string.Join(", ", labels.Select(l => $"{l.Key} ({l.Value})"))}.");
        return fallback;
    }

    public DateOnly? Date(string field, string? value, string label, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"Ange {label} (ÅÅÅÅ-MM-DD).");
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1990 and <= 2199)
            return date;
        Add(field, $"Ange {label} som ÅÅÅÅ-MM-DD, till exempel 2024-05-16.");
        return null;
    }

    public TimeOnly? Time(string field, string? value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value) && TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        Add(field, $"Ange {label} som TT:MM, till exempel 13:00.");
        return null;
    }

    public Guid? Id(string field, string? value, string label, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"Välj {label}.");
            return null;
        }
        if (Guid.TryParse(value, out var id)) return id;
        Add(field, $"Välj {label} i listan.");
        return null;
    }

    public string? Email(string field, string? value, bool required = false)
    {
        var email = Text(field, value, "e-postadress", 254, required);
        if (email is not null && !new EmailAddressAttribute().IsValid(email)) Add(field, "Ange en giltig e-postadress, till exempel namn@kommun.se.");
        return email?.ToLowerInvariant();
    }

    /// <summary>One name per line: the recusals and reservations of a paragraph.</summary>
    public List<string> Lines(string field, string? value, string label)
    {
        var lines = (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (lines.Count > 50 || lines.Any(l => l.Length > 200)) Add(field, $"{Capitalise(label)}: högst 50 rader med högst 200 tecken var.");
        return lines;
    }

    private static string Capitalise(string label) => char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
}
