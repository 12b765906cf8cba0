using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Features.Shared;

/// <summary>
/// A number field (an amount, a year, a per cent) as a form sends it ("225 000") or an API client does (225000 or
/// "225000"): read as text, so the service checks it and a wrong one gets a Swedish field error rather than a failed
/// request. Put on the input's string property with [JsonConverter(typeof(NumberText))].
/// </summary>
internal sealed class NumberText : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException("Ange beloppet som ett tal."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
