using System.Text.Json.Serialization;

namespace Platform.Features.Budgets.Plan;

/// <summary>One line's amounts in a version (whole kronor; empty = from its source, or zero).</summary>
internal sealed class RowInput
{
    public string? ItemId { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Amount { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Forecast { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Plan1 { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Plan2 { get; set; }
}
