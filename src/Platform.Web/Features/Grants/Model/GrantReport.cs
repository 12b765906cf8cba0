namespace Platform.Features.Grants.Model;

/// <summary>
/// A report from the grant's recipient (redovisning): half-year or annual, due on a date set by the decision,
/// filled in from an emailed link, reviewed by the office and approved by the board.
/// </summary>
internal sealed class GrantReport
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public int Year { get; init; }
    public ReportKind Kind { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public DateOnly DueOn { get; set; }
    public ReportState State { get; set; }
    /// <summary>SHA-256 (hex) of the secret in the recipient's link; null once submitted (until sent back).</summary>
    public string? AccessKeyHash { get; set; }
    /// <summary>Participants during the period, by gender (Finsam's two).</summary>
    public int? Women { get; set; }
    public int? Men { get; set; }
    /// <summary>The figures came from the intervention's follow-up in the platform, not typed.</summary>
    public bool FiguresFromFollowUp { get; set; }
    public string? Text { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewComment { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    /// <summary>The paragraph of the board's minutes that approved it (Board's record, no foreign key).</summary>
    public Guid? ApprovalParagraphId { get; set; }
    public List<ReportCost> Costs { get; set; } = [];
    public List<ReportEnded> Ended { get; set; } = [];
}
