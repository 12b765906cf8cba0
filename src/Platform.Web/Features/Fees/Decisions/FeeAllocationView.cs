namespace Platform.Features.Fees.Decisions;

/// <summary>One member's part. Weight is population, or hundredths of a percent for a fixed split.</summary>
internal sealed record FeeAllocationView(Guid MemberId, string Member, string Kind, long Amount, decimal ExactShare, long Weight, int Months);
