using System.Text.Json.Serialization;

namespace Platform.Features.Budgets.Plan;

/// <summary>The amounts of a version's lines, and the opening balance of a first year.</summary>
internal sealed class RowsInput
{
    /// <summary>Only for a year whose year before has no budget; left out, it stays as it is.</summary>
    [JsonConverter(typeof(NumberText))] public string? OpeningBalance { get; set; }
    public List<RowInput> Rows { get; set; } = [];
}
