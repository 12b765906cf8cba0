namespace Platform.Features.Fees.Decisions;

/// <summary>What a member pays, and the exact share that was rounded to it.</summary>
internal sealed record FeeAllocation(FeeParty Party, long Amount, decimal ExactShare);
