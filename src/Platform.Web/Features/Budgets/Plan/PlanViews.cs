namespace Platform.Features.Budgets.Plan;

/// <summary>What the budget's API answers with (amounts in whole kronor, groups and parties as stable camelCase codes).</summary>
internal static class PlanViews
{
    /// <summary>A year with a budget: its version in force and that version's sums.</summary>
    internal sealed record YearItem(int Year, int Version, string State, long Income, long Costs, long Result);

    /// <summary>
    /// A line of a version: what is entered (null = from its source, or zero) and what the sheet shows for the year
    /// and the plan's two years. Source: entered, feeDecision, intervention or indexed.
    /// </summary>
    internal sealed record RowItem(Guid ItemId, string Group, string? Heading, string Name, string Source,
        long? Amount, long? Forecast, long? Plan1, long? Plan2, long BudgetValue, long ForecastValue, long Plan1Value, long Plan2Value);

    /// <summary>One version of a year: its state, adoption, sums, the entered opening balance (a first year's), its lines, and every version of the year.</summary>
    internal sealed record VersionItem(int Year, int Version, string State, string? AdoptedOn, string? AdoptedBy, Guid? AdoptedParagraphId,
        long? OpeningBalanceEntered, long Income, long Costs, long Result, long OpeningBalance, long ClosingBalance,
        IReadOnlyList<RowItem> Rows, IReadOnlyList<VersionRef> Versions);

    internal sealed record VersionRef(int Version, string State);

    /// <summary>A line added to the budget.</summary>
    internal sealed record LineAdded(Guid ItemId, string Group, string? Heading, string Name, bool Indexed);

    /// <summary>The ceiling: the largest total, the parties whose offer caps it, and each party's share of it.</summary>
    internal sealed record CeilingItem(long Total, IReadOnlyList<string> CappedBy, long State, long Region, long Municipalities);

    /// <summary>The parties' offers for a year, the ceiling they allow, and the member contributions of the year's budget (null without a budget).</summary>
    internal sealed record OffersItem(int Year, long? State, long? Region, long? Municipalities, CeilingItem? Ceiling, long? BudgetedContributions);

    internal sealed record SettingsItem(decimal SalaryIndexPercent, decimal? CapitalCeilingPercent, int MemberReportMonth, int MemberReportDay);
}
