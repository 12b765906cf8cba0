using System.Text.Json.Serialization;

namespace Platform.Features.Budgets.Plan;

/// <summary>A new year's budget: the year, and the balance carried forward when the year before has no budget.</summary>
internal sealed class CreateBudgetInput
{
    [JsonConverter(typeof(NumberText))] public string? Year { get; set; }
    [JsonConverter(typeof(NumberText))] public string? OpeningBalance { get; set; }
}
