namespace Platform.Features.Grants.Model;

/// <summary>The cost of one cost type in a report, whole kronor.</summary>
internal sealed class ReportCost
{
    public Guid ReportId { get; init; }
    public Guid CostTypeId { get; init; }
    public long Amount { get; set; }
}
