namespace Platform.Features.Budgets.Model;

/// <summary>
/// A result account's movement in one month of an imported file, in öre, signed as in the file (income
/// is negative, costs positive). Kept as read, so that a corrected mapping re-reads every import.
/// </summary>
internal sealed class SieAmount
{
    public Guid ImportId { get; init; }
    /// <summary>The account number (BAS), e.g. "3010".</summary>
    public required string Account { get; init; }
    /// <summary>The account's name in the file (#KONTO).</summary>
    public required string AccountName { get; init; }
    public int Year { get; init; }
    /// <summary>1–12.</summary>
    public int Month { get; init; }
    public long AmountOre { get; init; }
}
