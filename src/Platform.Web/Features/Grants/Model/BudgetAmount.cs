namespace Platform.Features.Grants.Model;

/// <summary>A budget cell: whole kronor for one year.</summary>
internal sealed class BudgetAmount
{
    public Guid LineId { get; init; }
    public int Year { get; init; }
    public long Amount { get; set; }
}
