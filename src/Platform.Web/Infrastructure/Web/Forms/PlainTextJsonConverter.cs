using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Infrastructure.Text;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>Every string an API reads is cleaned of control characters (<see cref="PlainText"/>); what it writes is unchanged.</summary>
internal sealed class PlainTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PlainText.CleanOrNull(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // Dictionary keys (ProblemDetails' errors, for one) go through the string converter too.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PlainText.Clean(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
