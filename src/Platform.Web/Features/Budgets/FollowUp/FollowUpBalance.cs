namespace Platform.Features.Budgets.FollowUp;

/// <summary>
/// The balance carried forward: the year's opening (from the budget sheet), plus the outcome's result to date, and the
/// forecast closing balance against the association's ceiling for its own capital (CeilingPercent of the year's member
/// contributions in the budget; null when no ceiling is chosen).
/// </summary>
internal sealed record FollowUpBalance(
    long Opening,
    long ResultToDate,
    long BalanceToDate,
    long ForecastResult,
    long ForecastClosing,
    decimal? CeilingPercent,
    long MemberContributions,
    long? Ceiling,
    bool OverCeiling,
    long? OverBy);
