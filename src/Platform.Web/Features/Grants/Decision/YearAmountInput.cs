using System.Text.Json.Serialization;

namespace Platform.Features.Grants.Decision;

/// <summary>The amount granted for one year, in whole kronor.</summary>
internal sealed class YearAmountInput
{
    public int? Year { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Amount { get; set; }
}
