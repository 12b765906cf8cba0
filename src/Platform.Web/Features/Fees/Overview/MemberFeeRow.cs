namespace Platform.Features.Fees.Overview;

/// <summary>One member's year: what the decision says, what was invoiced and paid, and what is late.</summary>
internal sealed record MemberFeeRow(Guid MemberId, string Member, string Kind, long Allocation, long Invoiced, long Paid, long Outstanding, long Overdue);
