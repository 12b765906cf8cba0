using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Features.Grants.Decision;

/// <summary>An amount as the form sends it ("247 500") or as an API client does (247500 or "247500"): read as text, checked by the service.</summary>
internal sealed class KronorText : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException("Ange beloppet som ett tal."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Whole kronor: digits, with spaces between thousands allowed; null when it is not an amount.</summary>
    public static long? Parse(string? text)
    {
        var digits = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("kr", "", StringComparison.OrdinalIgnoreCase);
        return digits.Length is > 0 and <= 12 && digits.All(char.IsAsciiDigit) ? long.Parse(digits, CultureInfo.InvariantCulture) : null;
    }
}
