namespace Platform.Features.Budgets.Model;

/// <summary>An account of the chart (BAS) mapped once to the budget line its outcome belongs to.</summary>
internal sealed class AccountMapping
{
    /// <summary>The account number: an account maps to one line only.</summary>
    public required string Account { get; init; }
    public Guid ItemId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
