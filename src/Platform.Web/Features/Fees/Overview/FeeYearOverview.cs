namespace Platform.Features.Fees.Overview;

internal sealed record FeeYearOverview(int Year, long? Total, IReadOnlyList<MemberFeeRow> Members, long Invoiced, long Paid, long Outstanding, long Overdue, int UnmatchedPayments);
