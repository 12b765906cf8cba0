namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// What an import read: whose books, the fiscal year, the accounts and months with amounts, whether it is the one that
/// counts for its fiscal year (the newest does), and the accounts with amounts no budget line takes.
/// </summary>
/// <param name="Source">Where the months came from: periodBalances, transactions, yearResult (all in the last month) or none; null for an import listed later (not kept).</param>
internal sealed record ImportSummary(
    Guid Id,
    string FileName,
    string OrganisationNumber,
    string? CompanyName,
    string? Program,
    string FiscalYearStart,
    string FiscalYearEnd,
    DateTime ImportedAt,
    string ImportedBy,
    int Accounts,
    IReadOnlyList<string> Months,
    long Income,
    long Costs,
    bool Counts,
    string? Source,
    IReadOnlyList<UnmappedAccount> Unmapped);
