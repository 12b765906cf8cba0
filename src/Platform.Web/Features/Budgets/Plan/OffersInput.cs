using System.Text.Json.Serialization;

namespace Platform.Features.Budgets.Plan;

/// <summary>What each party offers to contribute for the year, whole kronor; empty = no offer yet.</summary>
internal sealed class OffersInput
{
    [JsonConverter(typeof(NumberText))] public string? State { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Region { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Municipalities { get; set; }
}
