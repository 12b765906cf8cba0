namespace Platform.Features.Grants.Reports;

/// <summary>
/// The recipient's report: participants by gender, endings per reason code by gender, costs per cost type
/// (id → whole kronor) and text. Counts as typed; the figures are ignored when they come from the follow-up.
/// </summary>
internal sealed class ReportInput
{
    public string? Women { get; set; }
    public string? Men { get; set; }
    public Dictionary<string, string?> EndedWomen { get; set; } = [];
    public Dictionary<string, string?> EndedMen { get; set; } = [];
    public Dictionary<string, string?> Costs { get; set; } = [];
    public string? Text { get; set; }
}
