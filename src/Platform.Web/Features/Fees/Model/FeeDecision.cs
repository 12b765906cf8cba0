namespace Platform.Features.Fees.Model;

/// <summary>The association's decision on the members' fees for a year (medlemsavgifter).</summary>
internal sealed class FeeDecision
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    /// <summary>The total of all members' fees, whole kronor.</summary>
    public long Total { get; set; }
    public SplitRule MunicipalitySplit { get; set; }
    public SplitRule RegionSplit { get; set; }
    /// <summary>The date the population figures refer to.</summary>
    public DateOnly? PopulationDate { get; set; }
    /// <summary>The rule for members who join or leave, as it was when the decision was saved.</summary>
    public JoinLeaveRule JoinLeaveRule { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>Where it was decided, e.g. "Styrelsen 2025-11-14 § 45".</summary>
    public string? Reference { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
    public List<FeeShare> Shares { get; set; } = [];
}
