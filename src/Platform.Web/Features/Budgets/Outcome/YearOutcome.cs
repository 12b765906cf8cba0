namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// The outcome of a year per budget line and month, whole kronor, positive as the budget is (income and costs alike):
/// the counting imports through the account mappings, with what is entered by hand in place of a month's figure.
/// </summary>
/// <param name="Lines">Item → twelve months (index 0 = January).</param>
/// <param name="ByHand">The (item, month) cells entered by hand.</param>
/// <param name="Unmapped">Accounts with amounts in the year that no line takes.</param>
/// <param name="Imports">The imports that count for the year (the newest of each fiscal year).</param>
internal sealed record YearOutcome(
    int Year,
    IReadOnlyDictionary<Guid, long[]> Lines,
    IReadOnlySet<(Guid Item, int Month)> ByHand,
    IReadOnlyList<UnmappedAccount> Unmapped,
    IReadOnlyList<Model.SieImport> Imports)
{
    /// <summary>A line's outcome from January to the end of <paramref name="month"/>.</summary>
    public long ToDate(Guid item, int month) => Lines.TryGetValue(item, out var months) ? months.Take(month).Sum() : 0;

    public long Month(Guid item, int month) => Lines.TryGetValue(item, out var months) ? months[month - 1] : 0;
}
