namespace Platform.Features.Budgets.Outcome;

/// <summary>One account and the budget line it goes to (no line: the mapping is removed).</summary>
internal sealed class MappingRowInput
{
    public string? Account { get; set; }
    public string? ItemId { get; set; }
}
