namespace Platform.Features.Budgets.FollowUp;

/// <summary>
/// A line's (or a sum's) follow-up to a month, whole kronor: the year's budget, the budget to date (pro rata, months/12),
/// the outcome to date, the deviation (outcome − budget to date, and in per cent of the budget to date), the year's
/// forecast and the forecast against the budget.
/// </summary>
internal sealed record FollowUpFigures(long Budget, long BudgetToDate, long OutcomeToDate, long Deviation, decimal? DeviationPercent, long Forecast, long ForecastDeviation)
{
    public static FollowUpFigures Of(long budget, long budgetToDate, long outcomeToDate, long forecast) =>
        new(budget, budgetToDate, outcomeToDate, outcomeToDate - budgetToDate,
            budgetToDate == 0 ? null : Math.Round((outcomeToDate - budgetToDate) * 100m / Math.Abs(budgetToDate), 1, MidpointRounding.AwayFromZero),
            forecast, forecast - budget);

    public static FollowUpFigures Sum(IEnumerable<FollowUpFigures> figures)
    {
        var list = figures.ToList();
        return Of(list.Sum(f => f.Budget), list.Sum(f => f.BudgetToDate), list.Sum(f => f.OutcomeToDate), list.Sum(f => f.Forecast));
    }

    public static FollowUpFigures Minus(FollowUpFigures a, FollowUpFigures b) =>
        Of(a.Budget - b.Budget, a.BudgetToDate - b.BudgetToDate, a.OutcomeToDate - b.OutcomeToDate, a.Forecast - b.Forecast);
}
