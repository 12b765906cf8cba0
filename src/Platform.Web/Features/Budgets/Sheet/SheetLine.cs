using Platform.Features.Budgets.Model;

namespace Platform.Features.Budgets.Sheet;

/// <summary>
/// A line of the sheet: its item and its amount in each of the five columns (indexed by
/// <see cref="SheetColumn"/>), null where the column has no budget (no budget for the year before).
/// <see cref="Source"/> says where the year's own amounts come from when they are not entered.
/// </summary>
internal sealed record SheetLine(Guid ItemId, BudgetGroup Group, string? Heading, string Name, int Order, LineSource Source, IReadOnlyList<long?> Values)
{
    public long? this[SheetColumn column] => Values[(int)column];
}
