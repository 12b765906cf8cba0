namespace Platform.Features.Budgets.Model;

/// <summary>The association's settings for its budget (one row).</summary>
internal sealed class BudgetSettings
{
    public const int SingleId = 1;
    public int Id { get; init; } = SingleId;
    /// <summary>Indexed lines (salaries) grow by this many per cent a year in the plan (SUVS's paper: 2).</summary>
    public decimal SalaryIndexPercent { get; set; } = 2m;
    /// <summary>
    /// The association's ceiling for its own capital, as a share of the year's member contributions, in
    /// per cent. No default: Nationella rådet's recommended numbers vary, so the board chooses.
    /// </summary>
    public decimal? CapitalCeilingPercent { get; set; }
    /// <summary>The annual report to each member goes out on this day of the year after (month, day).</summary>
    public int MemberReportMonth { get; set; } = 3;
    public int MemberReportDay { get; set; } = 1;
}
