namespace Platform.Features.Grants.Model;

/// <summary>One cost type of an application's budget, with the applicant's specification and an amount per year.</summary>
internal sealed class BudgetLine
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid CostTypeId { get; init; }
    /// <summary>What the other costs are, when the cost type asks.</summary>
    public string? Specification { get; set; }
    public List<BudgetAmount> Amounts { get; set; } = [];
}
