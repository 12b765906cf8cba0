namespace Platform.Features.Budgets.MemberReports;

/// <summary>A member on the page of annual reports: where the report goes (null: no address) and when it was queued.</summary>
internal sealed record MemberReportRow(Guid MemberId, string Name, string? Email, DateTime? SentAt, string? SentTo);
