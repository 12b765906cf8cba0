namespace Platform.Features.Budgets.Outcome;

/// <summary>Outcome by hand for a line and month: whole kronor as typed ("225 000"), positive as the budget is.</summary>
internal sealed class EntryInput
{
    public string? ItemId { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }
}
