namespace Platform.Features.Grants.Reports;

/// <summary>
/// A report as the office reads it: the figures (and whether they came from the follow-up), the endings per
/// reason, the costs per cost type beside the budget of the year, the text, the review and the approval.
/// </summary>
internal sealed record ReportDetail(
    ReportSummary Summary, Guid ApplicationId, int Number, string Title, string Applicant, string ContactEmail,
    int? Women, int? Men, bool FiguresFromFollowUp, IReadOnlyList<ReportDetail.EndedRow> Ended, IReadOnlyList<ReportDetail.CostRow> Costs,
    string? Text, DateTime? ReviewedAt, string? ReviewedBy, string? ReviewComment, string? ApprovalParagraph, long PaidForYear)
{
    internal sealed record EndedRow(string Code, string Name, int Women, int Men);

    internal sealed record CostRow(Guid CostTypeId, string Name, long Budget, long? Reported)
    {
        public long? Difference => Reported is { } r ? r - Budget : null;
    }

    public long BudgetTotal => Costs.Sum(c => c.Budget);
    public long ReportedTotal => Costs.Sum(c => c.Reported ?? 0);
}
