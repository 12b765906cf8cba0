using Platform.Features.Budgets.Sheet;

namespace Platform.Features.Budgets.Export;

/// <summary>
/// A row of the budget as the paper lays it out: its label, its amounts in the five columns (from the sheet,
/// indexed by <see cref="SheetColumn"/>), and for a sum the rows it is made of, so that Excel can write it as
/// a formula. <see cref="Indented"/>: a line under a "varav" heading.
/// An opening balance carries the closing balance of <see cref="ClosingRow"/> from the column before.
/// </summary>
internal sealed record PaperRow(PaperRowKind Kind, string Label, IReadOnlyList<long?> Values, IReadOnlyList<PaperTerm> Terms, bool Indented = false, int? ClosingRow = null)
{
    public long? this[SheetColumn column] => Values[(int)column];

    public bool IsSum => Terms.Count > 0;
}
