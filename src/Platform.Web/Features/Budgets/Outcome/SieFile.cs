namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// What a SIE 4 file says that the outcome needs: whose books (organisation number as NNNNNN-NNNN), the fiscal year
/// (#RAR 0), the accounts' names, and each result account's (BAS classes 3–8) movement per month.
/// </summary>
internal sealed record SieFile(
    string OrganisationNumber,
    string? CompanyName,
    string? Program,
    DateOnly FiscalYearStart,
    DateOnly FiscalYearEnd,
    IReadOnlyDictionary<string, string> AccountNames,
    IReadOnlyList<SieMonth> Months,
    SieSource Source);
