namespace Platform.Features.Interventions.Register;

/// <summary>An intervention's money for one year, in whole kronor.</summary>
internal sealed record BudgetDto(int Year, long CostBudget, long? CostOutcome, long EsfCostBudget, long? EsfCostOutcome, int? PlannedParticipants);
