namespace Platform.Features.Budgets.Outcome;

/// <summary>Where a file's monthly figures came from.</summary>
internal enum SieSource
{
    /// <summary>#PSALDO rows of the year without objects: the accounting program's own monthly results.</summary>
    PeriodBalances,
    /// <summary>No #PSALDO: the verifications' #TRANS rows summed per month.</summary>
    Transactions,
    /// <summary>Only the year's result per account (#RES): put in the fiscal year's last month.</summary>
    YearResult,
    /// <summary>No result accounts at all.</summary>
    None,
}
