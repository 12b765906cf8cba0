using Platform.Features.Budgets.Model;

namespace Platform.Features.Budgets.Sheet;

/// <summary>
/// A version of a year's budget as the paper lays it out: the lines in five columns (see
/// <see cref="SheetColumn"/>), the sums of income and costs, the year's result and the balance carried
/// forward. Each array is indexed by <see cref="SheetColumn"/>; a column without a budget is null.
/// Next year's opening balance is the year before's forecast closing balance, not its budget's.
/// </summary>
internal sealed record BudgetSheet(
    Budget Budget,
    int PreviousVersion,
    IReadOnlyList<SheetLine> Lines,
    IReadOnlyList<long?> Income,
    IReadOnlyList<long?> Costs,
    IReadOnlyList<long?> Result,
    IReadOnlyList<long?> Opening,
    IReadOnlyList<long?> Closing)
{
    public int Year => Budget.Year;

    /// <summary>The calendar year a column is about.</summary>
    public int YearOf(SheetColumn column) => column switch
    {
        SheetColumn.PreviousBudget or SheetColumn.PreviousForecast => Year - 1,
        SheetColumn.Budget => Year,
        SheetColumn.Plan1 => Year + 1,
        _ => Year + 2,
    };

    /// <summary>Whether the sheet has the year before's columns (a budget for it exists).</summary>
    public bool HasPrevious => Income[(int)SheetColumn.PreviousBudget] is not null;

    /// <summary>The sum of a group's lines in a column.</summary>
    public long? Sum(BudgetGroup group, SheetColumn column) =>
        Income[(int)column] is null ? null : Lines.Where(l => l.Group == group).Sum(l => l[column] ?? 0);

    /// <summary>The sum of the lines under a heading of a group in a column.</summary>
    public long? Sum(BudgetGroup group, string heading, SheetColumn column) =>
        Income[(int)column] is null ? null : Lines.Where(l => l.Group == group && l.Heading == heading).Sum(l => l[column] ?? 0);
}
