namespace Platform.Features.Fees.Decisions;

internal sealed class FeeWeightInput
{
    public Guid MemberId { get; set; }
    public int? Population { get; set; }
    /// <summary>A fixed share of the group's quarter in percent, at most two decimals (44 or 44.5).</summary>
    public decimal? Percent { get; set; }
}
