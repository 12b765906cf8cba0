using Platform.Features.Members;

namespace Platform.Features.Fees.Model;

/// <summary>One member's part of a fee decision: what it was weighted by and what it pays.</summary>
internal sealed class FeeShare
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public Guid MemberId { get; init; }
    /// <summary>The member's name when the decision was saved.</summary>
    public required string Member { get; set; }
    public MemberKind Kind { get; set; }
    /// <summary>Population, or a fixed percentage in hundredths of a percent (44 % = 4400); 1 for Försäkringskassan.</summary>
    public long Weight { get; set; }
    /// <summary>The months of the year that count, one bit each (bit 0 January); all twelve unless the member joined or left.</summary>
    public int MonthMask { get; set; }
    public int Months => System.Numerics.BitOperations.PopCount((uint)MonthMask);
    /// <summary>Whether <paramref name="month"/> (1–12) counts.</summary>
    public bool Counts(int month) => (MonthMask & (1 << (month - 1))) != 0;
    /// <summary>The year's fee, whole kronor.</summary>
    public long Amount { get; set; }
}
