using System.Globalization;

namespace Platform.Features.Interventions.Register;

/// <summary>The form for a year's budget; a year that already has one is changed.</summary>
internal sealed class BudgetForm
{
    public string? Year { get; set; }
    public string? CostBudget { get; set; }
    public string? CostOutcome { get; set; }
    public string? EsfCostBudget { get; set; }
    public string? EsfCostOutcome { get; set; }
    public string? PlannedParticipants { get; set; }

    public BudgetInput ToInput() => new(FormNumbers.Long(CostBudget), FormNumbers.Long(CostOutcome), FormNumbers.Long(EsfCostBudget), FormNumbers.Long(EsfCostOutcome), FormNumbers.Int(PlannedParticipants));

    public static BudgetForm From(BudgetDto b) => new()
    {
        Year = b.Year.ToString(CultureInfo.InvariantCulture),
        CostBudget = b.CostBudget.ToString(CultureInfo.InvariantCulture),
        CostOutcome = b.CostOutcome?.ToString(CultureInfo.InvariantCulture),
        EsfCostBudget = b.EsfCostBudget.ToString(CultureInfo.InvariantCulture),
        EsfCostOutcome = b.EsfCostOutcome?.ToString(CultureInfo.InvariantCulture),
        PlannedParticipants = b.PlannedParticipants?.ToString(CultureInfo.InvariantCulture),
    };
}
