namespace Platform.Features.Budgets.Outcome;

/// <summary>A result account's movement in one calendar month, in öre, signed as in the file (income negative, costs positive).</summary>
internal sealed record SieMonth(string Account, int Year, int Month, long AmountOre);
