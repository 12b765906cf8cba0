using System.Text.Json.Serialization;

namespace Platform.Features.Budgets.Plan;

/// <summary>The budget's settings: salary index (per cent, 0–20), the ceiling for the association's own capital (per cent of the member contributions, optional), and the day of the year the annual member report goes out.</summary>
internal sealed class PlanSettingsInput
{
    [JsonConverter(typeof(NumberText))] public string? SalaryIndexPercent { get; set; }
    [JsonConverter(typeof(NumberText))] public string? CapitalCeilingPercent { get; set; }
    [JsonConverter(typeof(NumberText))] public string? MemberReportMonth { get; set; }
    [JsonConverter(typeof(NumberText))] public string? MemberReportDay { get; set; }
}
