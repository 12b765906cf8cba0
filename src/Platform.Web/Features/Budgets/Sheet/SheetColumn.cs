namespace Platform.Features.Budgets.Sheet;

/// <summary>
/// The five columns of the budget paper, in its order: the budget and the forecast of the year before
/// (from that year's budget), the year's budget, and the plan for the two years after.
/// </summary>
internal enum SheetColumn
{
    PreviousBudget,
    PreviousForecast,
    Budget,
    Plan1,
    Plan2,
}
