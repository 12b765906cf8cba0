namespace Platform.Features.Budgets.Model;

/// <summary>
/// One line's amounts in one version of a year's budget, whole kronor, positive for income and costs
/// alike. An amount left empty comes from its source (the fee decision, the intervention's budget, the
/// index) or is zero; see the Budgets feature's sheet.
/// </summary>
internal sealed class BudgetRow
{
    public Guid BudgetId { get; init; }
    public Guid ItemId { get; init; }
    /// <summary>The budget of the year.</summary>
    public long? Amount { get; set; }
    /// <summary>The forecast of the year (prognos), updated while the year runs, also after adoption.</summary>
    public long? Forecast { get; set; }
    /// <summary>The plan for the year after.</summary>
    public long? Plan1 { get; set; }
    /// <summary>The plan for the second year after.</summary>
    public long? Plan2 { get; set; }
}
