namespace Platform.Features.Grants.Reports;

/// <summary>The board's approval of a report: the day, and optionally the paragraph of the minutes (Board's id).</summary>
internal sealed class ApprovalInput
{
    public string? ApprovedOn { get; set; }
    public string? ParagraphId { get; set; }
}
