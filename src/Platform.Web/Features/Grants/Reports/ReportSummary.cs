using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Reports;

/// <summary>A report of a grant in a list: its period, due date and state; for an approved annual report, the money to repay.</summary>
internal sealed record ReportSummary(
    Guid Id, int Year, ReportKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, ReportState State, bool Overdue,
    DateTime? SubmittedAt, DateOnly? ApprovedOn, long? ToRepay);
